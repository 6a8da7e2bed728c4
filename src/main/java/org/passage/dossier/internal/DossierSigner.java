package org.passage.dossier.internal;

import org.passage.crypto.DetachedSignature;
import org.passage.crypto.OrganizationSigning;
import org.passage.crypto.PublicSigningKey;

import java.util.UUID;
import org.passage.dossier.DossierVerification;
import org.passage.dossier.SignatureFile;

/** Signs a rendered dossier with its organization's key: the {@link SignatureFile} that travels with the PDF. */
public final class DossierSigner {

    private DossierSigner() {
    }

    public static SignatureFile sign(OrganizationSigning signing, UUID organizationId, Dossier.Cover cover, String fileName, byte[] pdf) {
        PublicSigningKey key = signing.publicKey(organizationId);
        String sha256 = DossierVerification.sha256(pdf);
        byte[] statement = SignatureFile.statement(cover.organization(), cover.exportId(), cover.caseCode(), cover.profile().name(),
                cover.language().code(), cover.exportedBy(), cover.recipient(), cover.exportedAt(), fileName, sha256, key.keyId(),
                key.fingerprint());
        DetachedSignature signature = signing.sign(organizationId, statement);
        if (!signature.keyId().equals(key.keyId())) {
            throw new IllegalStateException("the organization's signing key changed while signing; export again");
        }
        return new SignatureFile(cover.organization(), cover.exportId(), cover.caseCode(), cover.profile().name(), cover.language().code(),
                cover.exportedBy(), cover.recipient(), cover.exportedAt(), fileName, sha256, key.keyId(), key.fingerprint(),
                signature.signature());
    }
}
