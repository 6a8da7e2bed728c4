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
        var found = files.facts("c.id = :id", java.util.Map.of("id", id.value()), "c.id").stream().findFirst();
        if (found.isEmpty() || !CaseAccessPolicy.canRead(reader, found.get().organizationId(), found.get().assignedStaff())) {
            audit.record(AuditEvent.of(action, "case", id, reader.organizationId())
                    .denied(found.isEmpty() ? "no such case" : "no need to know"));
            throw new CaseNotFound();
        }
        return CaseDoor.ticket(reader, found.get());
    }
}
