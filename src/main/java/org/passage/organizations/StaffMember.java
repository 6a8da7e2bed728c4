package org.passage.organizations;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person who works in Passage. Everybody but a system admin belongs to exactly one organization; a system
 * admin belongs to none and has no other role. The display name is personal data: {@link #toString()} hides it.
 */
public record StaffMember(UUID id, @Nullable UUID organizationId, Username username, String displayName,
                          Set<Role> roles, boolean disabled) {

    public static final int MAX_DISPLAY_NAME_LENGTH = 120;
    /** The key scope of installation-wide accounts (system admins), which belong to no organization. */
    public static final UUID INSTALLATION_SCOPE = new UUID(0, 0);

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        displayName = validDisplayName(displayName == null ? null : HiddenCharacters.removed(displayName));
        roles = validRoles(roles, organizationId);
    }

    public boolean isSystemAdmin() {
        return roles.contains(Role.SYSTEM_ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whose keyset seals this member's personal data: the organization's, or the installation's for system admins. */
    public UUID sealScope() {
        return organizationId == null ? INSTALLATION_SCOPE : organizationId;
    }

    public static String validDisplayName(String displayName) {
        String stripped = displayName == null ? "" : displayName.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_DISPLAY_NAME_LENGTH || HiddenCharacters.in(stripped)) {
            throw new IllegalArgumentException("a display name has 1 to " + MAX_DISPLAY_NAME_LENGTH + " visible characters");
        }
        return stripped;
    }

    public static Set<Role> validRoles(Set<Role> roles, @Nullable UUID organizationId) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("a staff member has at least one role");
        }
        Set<Role> copy = Set.copyOf(EnumSet.copyOf(roles));
        boolean systemAdmin = copy.contains(Role.SYSTEM_ADMIN);
        if (systemAdmin && (copy.size() > 1 || organizationId != null)) {
            throw new IllegalArgumentException("a system admin belongs to no organization and has no other role");
        }
        if (!systemAdmin && organizationId == null) {
            throw new IllegalArgumentException("a staff member belongs to an organization");
        }
        return copy;
    }

    @Override
    public String toString() {
        return "StaffMember[id=" + id + ", organizationId=" + organizationId + ", username=" + username
                + ", displayName=[REDACTED], roles=" + roles + ", disabled=" + disabled + "]";
    }
}
