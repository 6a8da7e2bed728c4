package org.passage.cases.internal;

import java.util.Set;
import java.util.UUID;
import org.passage.organizations.Role;

/** Who asks to see or change case data: the facts the {@link CaseAccessPolicy} decides on. */
record Reader(UUID staffId, UUID organizationId, Set<Role> roles) {

    Reader {
        roles = Set.copyOf(roles);
    }

    boolean has(Role role) {
        return roles.contains(role);
    }
}
