package org.passage.dossier.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.UUID;
import org.passage.dossier.SignatureFile;

/** Whatever bytes arrive as a signature file, parsing either succeeds and round-trips or says why not. */
class SignatureFileFuzzTests {

    /** A well-formed file (the signature bytes need not hold: parsing does not verify), built without Tink. */
    private static final byte[] VALID = new SignatureFile("Ark Demo", UUID.fromString("0b5e4a1c-7d2f-4e8a-9c3b-1f2e3d4c5b6a"), "K7QM-2XPD",
            "AUTHORITY", "fr", "Anna Koval", "Consulat général de France à Almaty", java.time.Instant.parse("2026-11-22T10:15:00Z"),
            "d.pdf", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "1a2b3c4d",
            "9c1f 0a7e 0000 1111 2222 3333 4444 5555 6666 7777 8888 9999 aaaa bbbb cccc dddd", new byte[69]).bytes();

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
