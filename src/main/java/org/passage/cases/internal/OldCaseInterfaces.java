package org.passage.cases.internal;

import java.util.List;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deprecated {@code CaseAccess}, {@code CaseRegister} and {@code CaseIndex} as thin adapters over {@link CaseDoor},
 * for the vetting feature until it uses {@link Cases}: no policy and no audit of their own. Removed once vetting uses
 * Cases.
 */
@Service
@SuppressWarnings("removal")
class OldCaseInterfaces implements org.passage.cases.CaseAccess, org.passage.cases.CaseRegister, org.passage.cases.CaseIndex {

    private final CaseDoor door;

    OldCaseInterfaces(CaseDoor door) {
        this.door = door;
    }

    @Override
    @Transactional
    public CaseRef read(CaseId id, String action) {
        return door.readWithinAct(id, action);
    }

    @Override
    public Cases.OpenedCase openForApplicant(UUID organizationId, String name) {
        return door.openForApplicant(organizationId, name);
    }

    @Override
    public List<CaseRef> ofOrganization(UUID organizationId) {
        return door.ofOrganization(organizationId, "case.index");
    }
}
