package org.passage.security.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, on HOTP of RFC 4226): the code of a 30-second time step is the
 * truncated HMAC of the step number. Authenticator apps use HMAC-SHA1 and 6 digits; the RFC's test vectors
 * use 8 digits and SHA-256/512 too, so those are parameters.
 */
public record Totp(String algorithm, int digits, long stepSeconds) {

    public static final Totp AUTHENTICATOR_APP = new Totp("HmacSHA1", 6, 30);
    /** Codes of the previous and the next step are accepted too: phone clocks drift and people type slowly. */
    static final int ALLOWED_DRIFT_STEPS = 1;

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    public Totp {
        if (digits < 6 || digits > 8 || stepSeconds <= 0) {
            throw new IllegalArgumentException("TOTP codes have 6 to 8 digits and a positive step");
        }
    }

    public long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), stepSeconds);
    }

    public String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, algorithm));
            byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable: " + algorithm, e);
        }
    }

    /**
     * The time step whose code {@code candidate} is, within the allowed drift around {@code now}, or empty.
     * The caller rejects a step not newer than the last one used, which is what stops a replayed code.
     */
    OptionalLong matchingStep(byte[] secret, String candidate, Instant now) {
        String typed = candidate == null ? "" : candidate.replaceAll("\\s", "");
        if (typed.length() != digits || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = step(now);
        OptionalLong found = OptionalLong.empty();
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            // constant-time comparison and no early exit, so timing says nothing about which step matched
            if (MessageDigest.isEqual(code(secret, step).getBytes(), typed.getBytes()) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
