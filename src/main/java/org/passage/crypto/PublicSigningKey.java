package org.passage.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.signature.SignatureConfig;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An organization's public signing key as published: a Tink public keyset in JSON (no secret in it). Parsing
 * and verifying need neither the database nor the master key, so anyone can check a signature offline. The
 * fingerprint (SHA-256 of the raw Ed25519 key) is what a recipient compares over the telephone.
 */
public final class PublicSigningKey {

    static {
        try {
            SignatureConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String json;
    private final KeysetHandle keyset;
    private final PublicKeyVerify verifier;

    private PublicSigningKey(String json, KeysetHandle keyset) throws GeneralSecurityException {
        this.json = json;
        this.keyset = keyset;
        this.verifier = keyset.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
    }

    /** Reads a published key; refuses anything that is not a Tink Ed25519 public keyset. */
    public static PublicSigningKey parse(String json) {
        Objects.requireNonNull(json, "json");
        try {
            KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(json.strip());
            if (!(keyset.getPrimary().getKey() instanceof Ed25519PublicKey)) {
                throw new IllegalArgumentException("not an Ed25519 public signing key");
            }
            return new PublicSigningKey(json.strip(), keyset);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not a Passage public signing key (a Tink Ed25519 public keyset in JSON): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** Whether {@code signature} is a signature of {@code data} by one of this keyset's keys. */
    public boolean verifies(byte[] data, byte[] signature) {
        try {
            verifier.verify(signature, data);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The primary key's id, 8 hex digits, as in {@link DetachedSignature#keyId()}. */
    public String keyId() {
        return keyId(keyset.getPrimary().getId());
    }

    /** SHA-256 of the raw public key, hex in groups of four for reading aloud. */
    public String fingerprint() {
        byte[] raw = ((Ed25519PublicKey) keyset.getPrimary().getKey()).getPublicKeyBytes().toByteArray();
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
            return String.join(" ", hex.split("(?<=\\G.{4})"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String json() {
        return json;
    }

    public byte[] jsonBytes() {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    public static String keyId(int tinkKeyId) {
        return String.format("%08x", tinkKeyId);
    }

    @Override
    public String toString() {
        return "PublicSigningKey[" + keyId() + ", " + fingerprint() + "]";
    }
}
