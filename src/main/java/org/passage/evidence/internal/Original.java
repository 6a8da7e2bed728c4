package org.passage.evidence.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.passage.evidence.InvalidEvidence;

/**
 * The original bytes of an item and their SHA-256 (lower-case hex), the hash computed while the bytes stream
 * in, before anything else touches them. Reading stops with {@link InvalidEvidence} past the size limit.
 */
record Original(byte[] bytes, String sha256) {

    static Original read(InputStream in, int maxBytes) throws IOException {
        MessageDigest digest = sha256Digest();
        var out = new ByteArrayOutputStream();
        try (var digesting = new DigestInputStream(in, digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = digesting.read(buffer)) > 0; ) {
                if (out.size() + n > maxBytes) {
                    throw new InvalidEvidence("content", "evidence.error.size", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
        return new Original(out.toByteArray(), HexFormat.of().formatHex(digest.digest()));
    }

    static Original of(byte[] bytes) {
        try {
            return read(new ByteArrayInputStream(bytes), Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Original[" + bytes.length + " bytes, sha256 " + sha256 + "]";
    }
}
