package org.passage.evidence.internal;

import org.passage.cases.CaseAccess;
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

    private final CaseAccess access;
    private final CurrentStaff staff;

    CaptureRight(CaseAccess access, CurrentStaff staff) {
        this.access = access;
        this.staff = staff;
    }

    /** The case if the current staff member may capture evidence on it; 404 or 403 otherwise, audited. */
    CaseRef check(CaseId caseId) {
        return analyst() ? access.read(caseId, ACTION) : access.change(caseId, ACTION);
    }

    /** Whether the capture form may be offered on a case the reader may read. */
    boolean offeredOn(CaseRef ref) {
        return ref.mayChange() || analyst();
    }

    private boolean analyst() {
        return staff.has(Role.VETTING_ANALYST);
    }
}
