package org.passage.evidence.internal;

import org.passage.cases.Cases;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.springframework.stereotype.Component;

/**
 * Who may capture evidence on a case: whoever may change the case, and the vetting analysts who may read it.
 * Collecting open-source evidence for findings is the analysts' own work, while they may not change the
 * case itself (its stage, notes or tasks).
 */
@Component
class CaptureRight {

    private static final String ACTION = "evidence.capture";

    private final Cases cases;
    private final CurrentStaff staff;

    CaptureRight(Cases cases, CurrentStaff staff) {
        this.cases = cases;
        this.staff = staff;
    }

    /** The ticket to capture evidence on the case, if the current staff member may; 404 or 403 otherwise, audited. */
    CaseRef check(CaseId caseId) {
        return analyst() ? cases.read(caseId, ACTION) : cases.change(caseId, ACTION);
    }

    /** Refuses (403) a ticket that does not allow capturing evidence. */
    void require(CaseRef ticket) {
        if (!offeredOn(ticket)) {
            throw new org.springframework.security.access.AccessDeniedException("may not capture evidence on this case");
        }
    }

    /** Whether the capture form may be offered on a case the reader may read. */
    boolean offeredOn(CaseRef ref) {
        return ref.mayChange() || analyst();
    }

    private boolean analyst() {
        return staff.has(Role.VETTING_ANALYST);
    }
}
