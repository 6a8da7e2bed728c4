package org.passage.cases.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.passage.cases.Cases;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's details, identity evidence and notes: need to know through {@link Cases} (the same
 * policy and audit as every case read), validation before anything is written, an audit row with each change.
 */
@Service
class ApplicantDesk {

    private final Cases cases;
    private final CaseDetailsTable table;
    private final Readers readers;
    private final Clock clock;

    ApplicantDesk(Cases cases, CaseDetailsTable table, Readers readers, Clock clock) {
        this.cases = cases;
        this.table = table;
        this.readers = readers;
        this.clock = clock;
    }

    record Details(CaseRef ref, ApplicantDetails details, List<CaseNote> notes) {
    }

    @Transactional
    Details read(CaseId id) {
        CaseRef ref = cases.read(id, "case.details.read");
        return new Details(ref, table.details(ref.organizationId(), id), table.notes(ref.organizationId(), id));
    }

    /** For the case page, whose read was allowed and audited already. */
    @Transactional(readOnly = true)
    Details of(CaseRef ref) {
        return new Details(ref, table.details(ref.organizationId(), ref.id()), table.notes(ref.organizationId(), ref.id()));
    }

    @Transactional
    void save(CaseId id, ApplicantDetails changed) {
        CaseRef ref = cases.change(id, "case.details");
        // the evidence is added one by one with its own form; this form keeps what is there
        var kept = new ApplicantDetails(changed.otherNames(), changed.handles(), changed.languages(), changed.familyAtRisk(),
                table.details(ref.organizationId(), id).evidence());
        table.save(ref.organizationId(), id, kept, clock.instant(), readers.current().staffId());
        cases.note(ref, "details updated");
    }

    @Transactional
    void addEvidence(CaseId id, ApplicantDetails.IdentityEvidence evidence) {
        CaseRef ref = cases.change(id, "case.evidence");
        var details = table.details(ref.organizationId(), id).withEvidence(evidence);
        table.save(ref.organizationId(), id, details, clock.instant(), readers.current().staffId());
        cases.note(ref, "evidence " + evidence.kind());
    }

    @Transactional
    void addNote(CaseId id, String body) {
        CaseRef ref = cases.change(id, "case.note");
        var note = new CaseNote(UUID.randomUUID(), body, clock.instant(), readers.current().staffId());
        table.add(ref.organizationId(), id, note);
        cases.note(ref, "note " + note.id());
    }
}
