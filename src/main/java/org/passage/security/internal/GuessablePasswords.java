package org.passage.security.internal;

import java.util.List;
import java.util.Locale;

/**
 * Passwords long enough but guessed early by any cracker: one word repeated ({@code passwordpassword}), a handful of
 * distinct characters, a run along the alphabet or the keyboard's digits, or a common password with a little added.
 * A few unrelated words pass; this is a floor, not a strength meter.
 */
final class GuessablePasswords {

    /** Cores of the most common passwords, in the scripts Passage's staff type (latin and a Russian keyboard). */
    private static final List<String> COMMON = List.of("password", "passw0rd", "p@ssw0rd", "qwerty", "qwertz", "azerty",
            "123456", "654321", "111111", "000000", "abc123", "letmein", "welcome", "iloveyou", "admin", "passage",
            "dragon", "monkey", "football", "пароль", "йцукен", "qwertyuiop", "1q2w3e4r", "zaq12wsx");
    private static final int MIN_LEFT_AFTER_COMMON = 8;
    private static final int MIN_DISTINCT = 6;

    private GuessablePasswords() {
    }

    static boolean guessable(String candidate) {
        String p = candidate.toLowerCase(Locale.ROOT);
        return repeated(p) || p.codePoints().distinct().count() < MIN_DISTINCT || run(p) || mostlyCommon(p);
    }

    /** One shorter unit repeated to fill the whole password. */
    private static boolean repeated(String p) {
        for (int unit = 1; unit <= p.length() / 2; unit++) {
            if (p.length() % unit == 0 && p.substring(0, unit).repeat(p.length() / unit).equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** Nearly every character the same as, or next to, the one before ("123456789012", "abcdefghijkl"). */
    private static boolean run(String p) {
        int steps = 0;
        for (int i = 1; i < p.length(); i++) {
            int d = p.charAt(i) - p.charAt(i - 1);
            if (Math.abs(d) <= 1 || d == -9) { // ...9 then 0
                steps++;
            }
        }
        return steps >= p.length() - 2;
    }

    private static boolean mostlyCommon(String p) {
        String left = p;
        for (String common : COMMON) {
            left = left.replace(common, "");
        }
        return left.length() < p.length() && left.strip().length() < MIN_LEFT_AFTER_COMMON;
    }
}
