package org.passage.security.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.passage.organizations.Role;
import org.passage.organizations.StaffMember;

/**
 * Who needs a second admin for what, and who that second admin may be. Pure rules, no I/O: {@link StaffAdministration}
 * and {@link GrantApprovals} ask and act.
 *
 * <p>A role that opens case data, or the admin role (an admin makes the grants), is never given by one person alone, nor
 * is the password of an account holding one reset by one person: another org admin of the organization approves, never
 * the admin who asked and never the account concerned. When the organization has no such admin, a system admin
 * approves; he gains no case data by it and never sees the organization's passwords.
 */
final class SeparationOfDuties {

    /** Roles that open case data; nobody may give one of them to himself, and a second admin approves every grant. */
    static final Set<Role> CASE_ROLES = EnumSet.of(Role.COORDINATOR, Role.CASEWORKER, Role.LAWYER, Role.VETTING_ANALYST);

    private SeparationOfDuties() {
    }

    /** The roles of {@code after} that are new and need a second admin: case roles and the admin role. */
    static Set<Role> needingApproval(Set<Role> before, Set<Role> after) {
        Set<Role> added = EnumSet.noneOf(Role.class);
        added.addAll(after);
        added.removeAll(before);
        added.removeIf(r -> !CASE_ROLES.contains(r) && r != Role.ORG_ADMIN);
        return added;
    }

    /** Whether a password reset of {@code member} would let the resetting admin into case data or another admin's grants. */
    static boolean resetNeedsApproval(StaffMember member) {
        return !needingApproval(Set.of(), member.roles()).isEmpty();
    }

    /**
     * Who approves: another enabled org admin of the organization (neither the one who asks nor the one concerned) if
     * there is one, else a system admin.
     */
    static StaffGrant.Approver approver(long otherAdmins) {
        return otherAdmins > 0 ? StaffGrant.Approver.ORGANIZATION : StaffGrant.Approver.INSTALLATION;
    }

    /** Why {@code decider} may not approve {@code grant}, or empty when he may. */
    static Optional<String> refusalToApprove(StaffGrant grant, StaffMember decider) {
        if (decider.id().equals(grant.requestedBy())) {
            return Optional.of("admin.error.approveOwnRequest");
        }
        if (decider.id().equals(grant.staffId())) {
            return Optional.of("admin.error.approveOwnGrant");
        }
        if (decider.disabled()) {
            return Optional.of("admin.error.approver");
        }
        boolean adminOfTheOrganization = decider.has(Role.ORG_ADMIN) && grant.organizationId().equals(decider.organizationId());
        // a grant sent to the system admins may also be approved by an admin the organization has gained since
        boolean allowed = adminOfTheOrganization || grant.approver() == StaffGrant.Approver.INSTALLATION && decider.isSystemAdmin();
        return allowed ? Optional.empty() : Optional.of("admin.error.approver");
    }
}
