package org.passage.cases.internal;

import java.util.Set;
import java.util.UUID;
import org.passage.organizations.Role;

/**
 * Need to know. Nobody sees a case of another organization. Inside the organization, coordinators see every
 * case; caseworkers, lawyers and vetting analysts only the cases they are assigned to; auditors, org admins
 * and system admins see no case content at all (they see the audit trail and the people, not the files).
 */
final class CaseAccessPolicy {

    private static final Set<Role> ASSIGNABLE = Set.of(Role.CASEWORKER, Role.LAWYER, Role.VETTING_ANALYST);

    private CaseAccessPolicy() {
    }

    static boolean canRead(Reader reader, UUID caseOrganization, Set<UUID> assignedStaff) {
        if (!reader.organizationId().equals(caseOrganization)) {
            return false;
        }
        if (reader.has(Role.COORDINATOR)) {
            return true;
        }
        return reader.roles().stream().anyMatch(ASSIGNABLE::contains) && assignedStaff.contains(reader.staffId());
    }

    /** Changing a case needs the same need to know; lawyers and analysts change only their parts elsewhere. */
    static boolean canChange(Reader reader, UUID caseOrganization, Set<UUID> assignedStaff) {
        return canRead(reader, caseOrganization, assignedStaff)
                && (reader.has(Role.COORDINATOR) || reader.has(Role.CASEWORKER));
    }

    static boolean canOpen(Reader reader) {
        return reader.has(Role.COORDINATOR) || reader.has(Role.CASEWORKER);
    }

    /** Assigning staff and handing a case over is the coordinator's job. */
    static boolean canAssign(Reader reader, UUID caseOrganization) {
        return reader.organizationId().equals(caseOrganization) && reader.has(Role.COORDINATOR);
    }

    /** Whether the reader sees every case of his organization in lists, or only assigned ones. */
    static boolean seesAllCases(Reader reader) {
        return reader.has(Role.COORDINATOR);
    }

    static boolean worksOnCases(Reader reader) {
        return reader.has(Role.COORDINATOR) || reader.roles().stream().anyMatch(ASSIGNABLE::contains);
    }
}
