package org.passage.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.security.CurrentStaff;
import org.passage.security.SignOffIndependence.Flag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The organization's flagged second sign-offs, for its admins on the users page: when, what (a record id, never its
 * content: admins read no case), the two signers' usernames and the flags. Reading it is not audited separately; it
 * holds no case data.
 */
@Service
class FlaggedSignOffs {

    static final int SHOWN = 50;

    /** One flagged sign-off as shown. */
    record Shown(Instant at, String recordType, UUID recordId, String firstSigner, String secondSigner, Set<Flag> flags) {
    }

    private final SignOffFlags flags;
    private final StaffDirectory staff;
    private final CurrentStaff current;

    FlaggedSignOffs(SignOffFlags flags, StaffDirectory staff, CurrentStaff current) {
        this.flags = flags;
        this.staff = staff;
        this.current = current;
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public List<Shown> ofMyOrganization() {
        return flags.latest(current.organizationId(), SHOWN).stream()
                .map(f -> new Shown(f.at(), f.recordType(), f.recordId(), username(f.firstSigner()), username(f.secondSigner()), f.flags()))
                .toList();
    }

    private String username(UUID id) {
        return staff.find(id).map(StaffMember::username).map(u -> u.value()).orElse("?");
    }
}
