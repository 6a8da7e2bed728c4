package org.passage.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.ApplicantNames;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands the applicant's names to screening. A staff member's read passes the same {@link CaseAccessPolicy}
 * as opening the case (a case he may not see is simply absent) and is audited as {@code case.names.read}; the
 * background re-screening reads as the system, audited as {@code case.names.rescreen}.
 */
@Service
class ApplicantNamesDesk implements ApplicantNames {

    private final CaseFiles files;
    private final Readers readers;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    ApplicantNamesDesk(CaseFiles files, Readers readers, AuditTrail audit, JdbcClient jdbc) {
        this.files = files;
        this.readers = readers;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Optional<Applicant> read(CaseId caseId) {
        Reader reader = readers.current();
        var facts = files.accessFacts(caseId);
        if (facts.isEmpty() || !CaseAccessPolicy.canRead(reader, facts.get().organizationId(), facts.get().assignedStaff())) {
            audit.record(AuditEvent.of("case.names.read", "case", caseId, reader.organizationId())
                    .denied(facts.isEmpty() ? "no such case" : "no need to know"));
            return Optional.empty();
        }
        audit.record(AuditEvent.of("case.names.read", "case", caseId, reader.organizationId()).withDetail("for screening"));
        return files.find(caseId).map(ApplicantNamesDesk::applicant);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<CaseId, String> visibleCaseCodes() {
        Reader reader = readers.current();
        if (!CaseAccessPolicy.worksOnCases(reader)) {
            return java.util.Map.of();
        }
        var codes = new java.util.LinkedHashMap<CaseId, String>();
        jdbc.sql("""
                        select c.id, c.code from cases c where c.organization_id = :org and (cast(:staff as uuid) is null or exists
                            (select 1 from case_assignments a where a.case_id = c.id and a.staff_id = cast(:staff as uuid)))
                        order by c.opened_at desc""")
                .param("org", reader.organizationId())
                .param("staff", CaseAccessPolicy.seesAllCases(reader) ? null : reader.staffId())
                .query(rs -> {
                    codes.put(new CaseId(rs.getObject("id", UUID.class)), rs.getString("code"));
                });
        return codes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseId> openCases() {
        return jdbc.sql("select id from cases where stage <> :closed order by opened_at")
                .param("closed", Stage.CLOSED.name()).query(UUID.class).list().stream().map(CaseId::new).toList();
    }

    @Override
    @Transactional
    public Optional<Applicant> readForRescreening(CaseId caseId) {
        Optional<CaseFile> file = files.find(caseId).filter(f -> f.stage().isOpen());
        file.ifPresent(f -> audit.record(AuditEvent.of("case.names.rescreen", "case", caseId, f.organizationId())
                .withDetail("background re-screening after a list import")));
        return file.map(ApplicantNamesDesk::applicant);
    }

    private static Applicant applicant(CaseFile file) {
        var a = file.applicant();
        return new Applicant(file.id(), file.organizationId(), file.code().value(), List.of(a.name(), a.latinName()), a.birthDate());
    }
}
