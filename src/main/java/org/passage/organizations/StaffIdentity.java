package org.passage.organizations;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The person a staff account belongs to, named by a work e-mail address or phone number that is his alone in the
 * installation. {@link #typed()} is what the admin typed (shown to admins, sealed at rest); {@link #canonical()} is what
 * two spellings of one identity share — an e-mail lower-cased with its {@code +tag} dropped, a phone number's digits —
 * and only its keyed HMAC is stored. Personal data: {@link #toString()} hides it.
 */
public record StaffIdentity(String typed, String canonical) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{7,15}");

    public StaffIdentity {
        if (typed == null || canonical == null || typed.isBlank() || canonical.isBlank()) {
            throw new IllegalArgumentException("an identity is a work e-mail address or phone number");
        }
    }

    /** The identity typed into a form; refused unless it reads as one e-mail address or one phone number. */
    public static StaffIdentity of(String typed) {
        String stripped = typed == null ? "" : typed.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH || HiddenCharacters.in(stripped)) {
            throw new IllegalArgumentException("an identity is a work e-mail address or phone number");
        }
        if (EMAIL.matcher(stripped).matches()) {
            String lower = stripped.toLowerCase(Locale.ROOT);
            int at = lower.indexOf('@');
            String local = lower.substring(0, at);
            int plus = local.indexOf('+');
            return new StaffIdentity(stripped, "mail:" + (plus > 0 ? local.substring(0, plus) : local) + lower.substring(at));
        }
        String phone = stripped.replaceAll("[\\s().\\-]", "");
        if (PHONE.matcher(phone).matches()) {
            return new StaffIdentity(stripped, "phone:" + phone.replace("+", ""));
        }
        throw new IllegalArgumentException("an identity is a work e-mail address or phone number");
    }

    public static boolean isValid(String typed) {
        try {
            of(typed);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "StaffIdentity[REDACTED]";
    }
}
