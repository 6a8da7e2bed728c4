package org.passage.organizations;

import java.util.Objects;
import java.util.UUID;

/** A tenant: an NGO or a vetting unit. Its name is the organization's public name, not personal data. */
public record Organization(UUID id, String name) {

    public static final int MAX_NAME_LENGTH = 200;

    public Organization {
        Objects.requireNonNull(id, "id");
        name = validName(name == null ? null : HiddenCharacters.removed(name));
    }

    public static String validName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH || HiddenCharacters.in(stripped)) {
            throw new IllegalArgumentException("an organization name has 1 to " + MAX_NAME_LENGTH + " visible characters");
        }
        return stripped;
    }
}
