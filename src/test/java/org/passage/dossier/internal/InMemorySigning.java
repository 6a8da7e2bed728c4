package org.passage.dossier.internal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import java.security.GeneralSecurityException;
import java.util.UUID;
import org.passage.crypto.DetachedSignature;
import org.passage.crypto.OrganizationSigning;
import org.passage.crypto.PublicSigningKey;

/** An organization's signing key held in memory, for tests that need no database. */
public final class InMemorySigning implements OrganizationSigning {

    private final KeysetHandle keyset;

    public InMemorySigning() {
        try {
            PublicSigningKey.keyId(0);
            keyset = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public DetachedSignature sign(UUID organizationId, byte[] data) {
        try {
            return new DetachedSignature(PublicSigningKey.keyId(keyset.getPrimary().getId()),
                    keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class).sign(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public PublicSigningKey publicKey(UUID organizationId) {
        try {
            return PublicSigningKey.parse(TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset.getPublicKeysetHandle()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
