package org.passage.cli.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.dossier.internal.DossierSigningFixture;
import picocli.CommandLine;

/** {@code passage dossier verify}: what it prints and its exit codes, on a real PDF and signature. */
class DossierCommandTests {

    @TempDir
    Path dir;
    Path pdf;
    Path key;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void signedDossier() throws Exception {
        var signed = DossierSigningFixture.signedDossier();
        pdf = dir.resolve("dossier-K7QM-2XPD.pdf");
        Files.write(pdf, signed.pdf());
        Files.write(dir.resolve("dossier-K7QM-2XPD.pdf.sig"), signed.signature());
        key = dir.resolve("ark-demo-signing-key.json");
        Files.writeString(key, signed.publicKey());
    }

    @Test
    void aValidDossierSaysWhoSignedWhenAndWhichExport() {
        assertThat(verify(pdf.toString(), "--public-key", key.toString())).isEqualTo(DossierCommand.VALID);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VALID: dossier-K7QM-2XPD.pdf is unchanged since Ark Demo signed it.")
                .contains("exported by: Anna Coordinator for Consulat général de France à Almaty", "profile:     AUTHORITY, language fr",
                        "export id:   " + DossierSigningFixture.EXPORT, "exported at: 2026-11-22T10:15:00Z");
    }

    @Test
    void oneByteChangedIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(pdf, bytes);
        assertThat(verify(pdf.toString(), "--public-key", key.toString())).isEqualTo(DossierCommand.INVALID);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("INVALID", "is not the file that was signed");
    }

    @Test
    void anotherOrganizationsKeyIsRefused() throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, new org.passage.dossier.internal.InMemorySigning().publicKey(UUID.randomUUID()).json());
        assertThat(verify(pdf.toString(), "--public-key", other.toString())).isEqualTo(DossierCommand.INVALID);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not with the public key given");
    }

    @Test
    void anAlteredSignatureFileIsRefused() throws Exception {
        Path sig = dir.resolve("dossier-K7QM-2XPD.pdf.sig");
        Files.writeString(sig, Files.readString(sig).replace("recipient: Consulat", "recipient: Ambassade"));
        assertThat(verify(pdf.toString(), "--signature", sig.toString(), "--public-key", key.toString())).isEqualTo(DossierCommand.INVALID);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not hold");
    }

    @Test
    void withoutThePublicKeyNothingIsVouchedFor() {
        assertThat(verify(pdf.toString())).isEqualTo(DossierCommand.KEY_NOT_GIVEN);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("NOT VERIFIED", "--public-key");
    }

    @Test
    void unreadableInputIsExplained() throws Exception {
        assertThat(verify(dir.resolve("missing.pdf").toString())).isEqualTo(DossierCommand.UNREADABLE);
        Files.writeString(dir.resolve("dossier-K7QM-2XPD.pdf.sig"), "not a signature\n");
        assertThat(verify(pdf.toString())).isEqualTo(DossierCommand.UNREADABLE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 1 must be 'Passage dossier signature v1'");
        Files.writeString(key, "{}");
    }

    private int verify(String... args) {
        var verify = new DossierCommand.Verify();
        new CommandLine(verify).parseArgs(args);
        return verify.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
