package org.passage.cases.internal;

import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseAccess;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Stage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link CaseAccess} for other features: the same {@link CaseAccessPolicy} and audit as {@link CaseDesk}. */
@Service
class CaseGate implements CaseAccess {

    private final CaseFiles files;
    private final Readers readers;
    private final AuditTrail audit;

    CaseGate(CaseFiles files, Readers readers, AuditTrail audit) {
        this.files = files;
        this.readers = readers;
        this.audit = audit;
    }

    @Override
    @Transactional
    public CaseRef read(CaseId id, String action) {
        Reader reader = readers.current();
        CaseRef ref = ref(reader, id, action);
        audit.record(AuditEvent.of(action, "case", id, reader.organizationId()));
        return ref;
    }

    @Override
    @Transactional
    public CaseRef change(CaseId id, String action) {
        Reader reader = readers.current();
        CaseRef ref = ref(reader, id, action);
        if (!ref.mayChange()) {
            audit.record(AuditEvent.of(action, "case", id, reader.organizationId()).denied("may not change this case"));
            throw new AccessDeniedException("may not change this case");
        }
        return ref;
    }

    @Override
    @Transactional
    public void moveTo(CaseId id, Stage stage) {
        change(id, "case.stage");
        files.changeStage(id, stage);
    }

    /** The case as the reader may know it; "no such case" (audited) when he may not see it. */
    private CaseRef ref(Reader reader, CaseId id, String action) {
        var facts = files.accessFacts(id);
        if (facts.isEmpty() || !CaseAccessPolicy.canRead(reader, facts.get().organizationId(), facts.get().assignedStaff())) {
            audit.record(AuditEvent.of(action, "case", id, reader.organizationId())
                    .denied(facts.isEmpty() ? "no such case" : "no need to know"));
            throw new CaseNotFound();
        }
        var org = facts.get().organizationId();
        var stageAndOpening = files.stageAndOpening(id).orElseThrow(CaseNotFound::new);
        return new CaseRef(id, org, stageAndOpening.getKey(), stageAndOpening.getValue(),
                CaseAccessPolicy.canChange(reader, org, facts.get().assignedStaff()),
                CaseAccessPolicy.canAssign(reader, org));
    }
}
