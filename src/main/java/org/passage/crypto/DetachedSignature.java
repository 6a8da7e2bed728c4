package org.passage.crypto;

import java.util.Arrays;
import java.util.Objects;

/** A signature over some bytes and the id of the key that made it (Tink key id, 8 hex digits). */
public record DetachedSignature(String keyId, byte[] signature) {

    public DetachedSignature {
        Objects.requireNonNull(keyId, "keyId");
        if (signature == null || signature.length == 0) {
            throw new IllegalArgumentException("a signature has bytes");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DetachedSignature s && keyId.equals(s.keyId) && Arrays.equals(signature, s.signature);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "DetachedSignature[key " + keyId + ", " + signature.length + " bytes]";
    }
}
