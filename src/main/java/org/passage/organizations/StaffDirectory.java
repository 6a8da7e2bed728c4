package org.passage.organizations;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Staff members and their roles. Display names are sealed at rest and opened here; callers check who may
 * see or change whom (an org admin only within their own organization).
 */
public interface StaffDirectory {

    StaffMember add(@Nullable UUID organizationId, Username username, String displayName, Set<Role> roles);

    Optional<StaffMember> find(UUID id);

    Optional<StaffMember> findByUsername(String username);

    List<StaffMember> inOrganization(UUID organizationId);

    List<StaffMember> systemAdmins();

    void changeRoles(UUID id, Set<Role> roles);

    void setDisabled(UUID id, boolean disabled);
}
