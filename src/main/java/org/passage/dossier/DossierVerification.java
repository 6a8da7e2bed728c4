package org.passage.dossier;

import org.jspecify.annotations.Nullable;
import org.passage.crypto.PublicSigningKey;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checks a dossier against its signature file, offline: the PDF must be the one whose SHA-256 was signed,
 * the key given must be the one named in the file, and the signature must hold under it. Without a key the
 * file's facts are shown but nothing is vouched for: anybody can write a signature file with a key of his own.
 */
public final class DossierVerification {

    public enum Verdict {
        VALID, TAMPERED, WRONG_KEY, BAD_SIGNATURE, KEY_NOT_GIVEN;

        public boolean valid() {
            return this == VALID;
        }
    }

    private DossierVerification() {
    }

    public static Verdict verify(byte[] pdf, SignatureFile signature, @Nullable PublicSigningKey key) {
        if (!sha256(pdf).equals(signature.pdfSha256())) {
            return Verdict.TAMPERED;
        }
        if (key == null) {
            return Verdict.KEY_NOT_GIVEN;
        }
        if (!key.fingerprint().equals(signature.keyFingerprint())) {
            return Verdict.WRONG_KEY;
        }
        return key.verifies(signature.statement(), signature.signature()) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
