package org.passage.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * The key that wraps every organization's keysets: a Tink AEAD keyset (AES256-GCM) held outside the database.
 * It may hold several keys while a master rotation is under way; it wraps under the primary one and unwraps
 * under any. {@link #toString()} names the key ids only.
 */
final class MasterKey {

    enum Source { FILE, ENVIRONMENT }

    private final KeysetHandle keyset;
    private final Aead aead;
    private final Source source;

    static {
        TinkPrimitives.registered();
    }

    MasterKey(KeysetHandle keyset, Source source) {
        this.keyset = keyset;
        this.source = source;
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the master key is not an AEAD keyset: " + e.getMessage(), e);
        }
    }

    static MasterKey generate(Source source) {
        try {
            return new MasterKey(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), source);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A keyset in Tink's JSON format, or base64 of its binary format (as in {@code PASSAGE_MASTER_KEY}). */
    static MasterKey parse(byte[] serialized, Source source) throws GeneralSecurityException {
        String text = new String(serialized, java.nio.charset.StandardCharsets.UTF_8).strip();
        KeysetHandle handle = text.startsWith("{")
                ? TinkJsonProtoKeysetFormat.parseKeyset(text, InsecureSecretKeyAccess.get())
                : TinkProtoKeysetFormat.parseKeyset(serialized, InsecureSecretKeyAccess.get());
        return new MasterKey(handle, source);
    }

    String toJson() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] wrap(KeysetHandle dataKeyset, byte[] associatedData) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKeyset, aead, associatedData);
    }

    KeysetHandle unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, aead, associatedData);
    }

    /** The same keys plus a new primary one: what a master rotation writes before re-wrapping. */
    MasterKey withNewPrimary() throws GeneralSecurityException {
        var builder = KeysetHandle.newBuilder(keyset);
        builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary());
        return new MasterKey(builder.build(), source);
    }

    /** Only the primary key: what remains once every keyset is wrapped under it. */
    MasterKey withPrimaryOnly() throws GeneralSecurityException {
        var builder = KeysetHandle.newBuilder(keyset);
        for (int i = builder.size() - 1; i >= 0; i--) {
            if (!builder.getAt(i).isPrimary()) {
                builder.deleteAt(i);
            }
        }
        return new MasterKey(builder.build(), source);
    }

    int size() {
        return keyset.size();
    }

    int primaryKeyId() {
        return keyset.getPrimary().getId();
    }

    Source source() {
        return source;
    }

    @Override
    public String toString() {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < keyset.size(); i++) {
            ids.add(keyset.getAt(i).getId());
        }
        return "MasterKey[" + source + ", key ids " + ids + ", primary " + primaryKeyId() + ", REDACTED]";
    }
}
