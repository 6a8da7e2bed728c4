package org.passage.security.internal;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.organizations.Role;
import org.passage.organizations.StaffMember;

/**
 * A change of staff access that waits for a second admin: roles that open case data or make an admin, a new account
 * with such roles (created disabled, its one-time password given to the approver), or a password reset of an account
 * that reads cases. Holds ids and role names only.
 */
record StaffGrant(UUID id, UUID organizationId, UUID staffId, Kind kind, Set<Role> roles, Approver approver,
                  UUID requestedBy, Instant requestedAt, @Nullable String passwordHash) {

    enum Kind { ROLES, NEW_ACCOUNT, RESET }

    /** Who may approve: another org admin of the organization, or a system admin when it has no other admin. */
    enum Approver { ORGANIZATION, INSTALLATION }

    StaffGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(kind, "kind");
        roles = StaffMember.validRoles(roles, organizationId);
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    @Override
    public String toString() {
        return "StaffGrant[id=" + id + ", staffId=" + staffId + ", kind=" + kind + ", roles=" + roles + ", approver=" + approver + "]";
    }
}
