package org.passage.organizations;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login handle: lower-case letters, digits, dot, dash and underscore, 2 to 63 characters. It is stored in
 * plaintext so login can find the account, so it must not be a person's real name — the display name is for that.
 */
public record Username(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

    public Username {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a username has 2 to 63 characters: a-z, 0-9, dot, dash, underscore");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORM.matcher(candidate.strip().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
