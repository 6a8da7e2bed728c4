package org.passage.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC key of the audit chain. It lives outside the database (a file in the keys directory, {@code passage.keys-dir},
 * or a base64 value from the environment) so that someone who can write to the database cannot recompute
 * the chain after editing it. Never printed: {@link #toString()} shows only a fingerprint.
 */
final class AuditChainKey {

    static final String FILE_NAME = "audit-chain.key";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    AuditChainKey(byte[] secret) {
        if (secret.length < KEY_BYTES) {
            throw new IllegalArgumentException("the audit chain key must have at least " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The configured key ({@code passage.audit.chain-key}, base64) or the key file, created on first start. */
    static AuditChainKey load(String configured, Path keysDirectory) {
        if (!configured.isBlank()) {
            try {
                return new AuditChainKey(Base64.getDecoder().decode(configured.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("passage.audit.chain-key (PASSAGE_AUDIT_CHAIN_KEY) must be base64 of at least 32 random bytes");
            }
        }
        try {
            return new AuditChainKey(readOrCreate(keysDirectory.resolve(FILE_NAME)));
        } catch (IOException e) {
            throw new IllegalStateException("could not read or create the audit chain key in " + keysDirectory + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            Path directory = file.getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
            byte[] fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            Path temporary = Files.createTempFile(directory, FILE_NAME, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh) + "\n");
                Files.move(temporary, file); // fails if another process created the key meanwhile: then we use theirs
            } catch (FileAlreadyExistsException raced) {
                // fall through to read the winner's key
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold a base64 key");
        }
    }

    byte[] mac(byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** A short, non-secret name for the key so operators can tell which key a chain was written with. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(mac("passage/audit/fingerprint".getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "AuditChainKey[" + fingerprint() + ", REDACTED]";
    }
}
