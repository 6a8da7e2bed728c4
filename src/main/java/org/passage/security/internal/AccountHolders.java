package org.passage.security.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffIdentities;
import org.passage.organizations.StaffIdentity;
import org.passage.organizations.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Who holds an account, for separation of duties: the person it names (its identity) and the other accounts Passage
 * links to the same person — one holding the same identity, or one that completed a login in a browser this account
 * logged in with. One person never gets a second vetting analyst account: the second signature of a decision would
 * be his own.
 */
@Component
class AccountHolders {

    private final StaffIdentities identities;
    private final StaffDevices devices;
    private final StaffDirectory staff;

    AccountHolders(StaffIdentities identities, StaffDevices devices, StaffDirectory staff) {
        this.identities = identities;
        this.devices = devices;
        this.staff = staff;
    }

    Optional<String> identity(UUID staffId) {
        return identities.of(staffId);
    }

    /**
     * The other accounts linked to this one's person, as an admin of {@code organizationId} may see them: its own
     * organization's by username, another organization's only as that.
     */
    List<String> linkedAccounts(UUID staffId, UUID organizationId) {
        Set<UUID> linked = new LinkedHashSet<>();
        identities.of(staffId).map(StaffIdentity::of).map(identities::holders).ifPresent(linked::addAll);
        linked.addAll(devices.sharingADeviceWith(staffId));
        linked.remove(staffId);
        List<String> names = new ArrayList<>();
        for (UUID id : linked) {
            staff.find(id).ifPresent(m -> names.add(organizationId.equals(m.organizationId()) ? m.username().value() : "*"));
        }
        return names;
    }

    /**
     * Refuses ({@code admin.error.identityMissing}, {@code admin.error.secondAnalyst}) the analyst role for an account
     * that names no person, or whose person holds another analyst account. A browser shared with an analyst is only
     * shown to the approving admin ({@link #linkedAccounts}): colleagues share office computers.
     */
    void requireOneAnalystAccount(StaffMember member) {
        String identity = identities.of(member.id()).orElseThrow(() -> new IllegalArgumentException("admin.error.identityMissing"));
        Set<UUID> linked = new LinkedHashSet<>(identities.holders(StaffIdentity.of(identity)));
        linked.remove(member.id());
        boolean anotherAnalyst = linked.stream().map(staff::find).flatMap(Optional::stream).anyMatch(m -> m.has(Role.VETTING_ANALYST));
        if (anotherAnalyst) {
            throw new IllegalArgumentException("admin.error.secondAnalyst");
        }
    }
}
