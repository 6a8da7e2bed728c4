package org.passage.cases.internal;

import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.ApplicantRecords;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRegister.NoSuchCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands the applicant's record to the dossier: the same {@link CaseAccessPolicy} as the case page decides,
 * a refusal answers "no such case" and every read is audited as {@code case.applicant.read} with its purpose.
 */
@Service
class ApplicantRecordsDesk implements ApplicantRecords {

    private final CaseFiles files;
    private final CaseDetailsTable details;
    private final Readers readers;
    private final AuditTrail audit;

    ApplicantRecordsDesk(CaseFiles files, CaseDetailsTable details, Readers readers, AuditTrail audit) {
        this.files = files;
        this.details = details;
        this.readers = readers;
        this.audit = audit;
    }

    @Override
    @Transactional
    public ApplicantRecord read(CaseId caseId, String purpose) {
        Reader reader = readers.current();
        var facts = files.accessFacts(caseId);
        var event = AuditEvent.of("case.applicant.read", "case", caseId, reader.organizationId());
        if (facts.isEmpty() || !CaseAccessPolicy.canRead(reader, facts.get().organizationId(), facts.get().assignedStaff())) {
            audit.record(event.denied(facts.isEmpty() ? "no such case" : "no need to know"));
            throw new NoSuchCase();
        }
        CaseFile file = files.find(caseId).orElseThrow(NoSuchCase::new);
        ApplicantDetails more = details.details(file.organizationId(), caseId);
        audit.record(event.withDetail(purpose));
        var applicant = file.applicant();
        return new ApplicantRecord(caseId, file.organizationId(), file.code().value(), applicant.name(), applicant.latinName(),
                applicant.birthDate(), more.otherNames(), more.languages(), more.handles(), more.familyAtRisk(),
                more.evidence().stream().map(e -> new IdentityRecord(e.kind().name(), e.description(), e.seenBy(), e.seenOn())).toList());
    }
}
