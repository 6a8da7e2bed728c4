package org.passage.support;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a phone's authenticator app does, for browser tests of other features that must log in through the
 * real login steps: RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s) from the base32 key the enrolment page shows.
 */
public final class AuthenticatorApp {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private AuthenticatorApp() {
    }

    public static String code(String base32Key, Instant now) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(base32Key), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(now.getEpochSecond() / 30).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = (ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff) % 1_000_000;
            return String.format(Locale.ROOT, "%06d", binary);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] decode(String base32) {
        String clean = base32.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
        var out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8) {
                out.write(buffer >> (bits - 8) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
