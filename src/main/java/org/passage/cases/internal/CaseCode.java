package org.passage.cases.internal;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The short code staff and the person use to refer to a case on the phone or in Telegram, e.g.
 * {@code K7QM-2XPD}. Random (not a counter: it must not tell how many people we help) and without the
 * characters people confuse (0/O, 1/I/L).
 */
public record CaseCode(String value) {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public CaseCode {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a case code looks like K7QM-2XPD");
        }
    }

    static CaseCode random() {
        var code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new CaseCode(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
