package org.passage.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.organizations.Role;

/**
 * Who is acting: the staff member behind the current session, as it was when they logged in. The session
 * epoch ties the session to the account's "log out everywhere" counter. {@link #toString()} hides the name.
 */
public record StaffPrincipal(UUID staffId, @Nullable UUID organizationId, String username, String displayName,
                             Set<Role> roles, int sessionEpoch) implements Serializable {

    public StaffPrincipal {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For templates ({@code principal.displayName}): SpEL looks for a JavaBean getter. */
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[staffId=" + staffId + ", organizationId=" + organizationId + ", roles=" + roles + ", REDACTED]";
    }
}
