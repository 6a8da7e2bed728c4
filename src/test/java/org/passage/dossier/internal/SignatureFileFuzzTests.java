package org.passage.dossier.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Whatever bytes arrive as a signature file, parsing either succeeds and round-trips or says why not. */
class SignatureFileFuzzTests {

    private static final byte[] VALID = DossierSigner.sign(new InMemorySigning(), UUID.randomUUID(),
            DossierFixtures.typical(RedactionProfile.AUTHORITY, DossierLanguage.EN).cover(), "d.pdf",
            "pdf".getBytes(StandardCharsets.US_ASCII)).bytes();

    @FuzzTest(maxDuration = "20s")
    void parsesOrRefuses(byte[] input) {
        check(input);
        // mutations of a real file reach the deeper checks
        byte[] mutated = VALID.clone();
        for (int i = 0; i + 1 < input.length && i < 16; i += 2) {
            mutated[Math.floorMod(input[i] * 131 + i, mutated.length)] = input[i + 1];
        }
        check(mutated);
    }

    private static void check(byte[] input) {
        try {
            SignatureFile parsed = SignatureFile.parse(input);
            if (!java.util.Arrays.equals(SignatureFile.parse(parsed.bytes()).bytes(), parsed.bytes())) {
                throw new AssertionError("a parsed signature file does not round-trip");
            }
        } catch (SignatureFile.Unreadable expected) {
            // refused with a reason
        }
    }
}
