package org.passage.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.dossier.DossierVerification.Verdict;
import org.passage.dossier.DossierVerification;
import org.passage.dossier.SignatureFile;

class SignatureFileTests {

    final InMemorySigning signing = new InMemorySigning();
    final byte[] pdf = "%PDF-1.7 a dossier".getBytes(StandardCharsets.US_ASCII);
    final SignatureFile signed = DossierSigner.sign(signing, UUID.randomUUID(),
            DossierFixtures.typical(RedactionProfile.AUTHORITY, DossierLanguage.FR).cover(), "dossier-K7QM-2XPD.pdf", pdf);

    @Test
    void aSignatureFileReadsBackAsWritten() {
        SignatureFile read = SignatureFile.parse(signed.bytes());

        assertThat(read.bytes()).isEqualTo(signed.bytes());
        assertThat(read.organization()).isEqualTo("Ark Demo");
        assertThat(read.profile()).isEqualTo("AUTHORITY");
        assertThat(read.recipient()).isEqualTo("Consulat général de France à Almaty");
        assertThat(new String(signed.bytes(), StandardCharsets.UTF_8)).startsWith("Passage dossier signature v1\norganization: Ark Demo\n")
                .contains("\nkey-id: " + signing.publicKey(null).keyId() + "\n");
    }

    @Test
    void theSignatureHoldsOnlyForTheSamePdfTheSameFactsAndTheSameKey() {
        assertThat(DossierVerification.verify(pdf, signed, signing.publicKey(null))).isEqualTo(Verdict.VALID);

        byte[] changed = pdf.clone();
        changed[changed.length - 1] ^= 1;
        assertThat(DossierVerification.verify(changed, signed, signing.publicKey(null))).isEqualTo(Verdict.TAMPERED);
        assertThat(DossierVerification.verify(pdf, signed, new InMemorySigning().publicKey(null))).isEqualTo(Verdict.WRONG_KEY);
        assertThat(DossierVerification.verify(pdf, signed, null)).isEqualTo(Verdict.KEY_NOT_GIVEN);

        String forged = new String(signed.bytes(), StandardCharsets.UTF_8).replace("profile: AUTHORITY", "profile: INTERNAL");
        assertThat(DossierVerification.verify(pdf, SignatureFile.parse(forged.getBytes(StandardCharsets.UTF_8)), signing.publicKey(null)))
                .isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void aMalformedFileIsRefusedNamingTheLine() {
        String text = new String(signed.bytes(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SignatureFile.parse(text.replace("recipient: ", "recipent: ").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SignatureFile.Unreadable.class).hasMessage("line 8 must start with 'recipient: '");
        assertThatThrownBy(() -> SignatureFile.parse("hello\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SignatureFile.Unreadable.class).hasMessageContaining("line 1 must be");
        assertThatThrownBy(() -> SignatureFile.parse(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SignatureFile.Unreadable.class);
        assertThatThrownBy(() -> SignatureFile.parse(new byte[]{(byte) 0xff, '\n'})).hasMessageContaining("not UTF-8");
    }
}
