package org.passage.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A rendered, signed AUTHORITY dossier in French, for the command-line tests in the base package. */
public final class DossierSigningFixture {

    public static final UUID EXPORT = DossierFixtures.EXPORT;

    public record Signed(byte[] pdf, byte[] signature, String publicKey) {
    }

    private static Signed cached;

    private DossierSigningFixture() {
    }

    public static synchronized Signed signedDossier() {
        if (cached == null) {
            var signing = new InMemorySigning();
            Dossier dossier = Redaction.apply(RedactionProfile.AUTHORITY, DossierFixtures.typical(RedactionProfile.AUTHORITY, DossierLanguage.FR));
            byte[] pdf = new DossierRenderer().pdf(dossier);
            var sig = DossierSigner.sign(signing, UUID.randomUUID(), dossier.cover(), "dossier-K7QM-2XPD.pdf", pdf);
            cached = new Signed(pdf, sig.bytes(), signing.publicKey(null).json());
        }
        return cached;
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
