package org.passage.cases.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.CaseOpened;
import org.passage.cases.CaseRegister;
import org.passage.cases.CaseSummary;
import org.passage.cases.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CaseRegister} for other features: the same {@link CaseAccessPolicy} as the case pages decides, and
 * every read, refusal and opening is in the audit trail.
 */
@Service
class AuditedCaseRegister implements CaseRegister {

    private final CaseFiles files;
    private final Readers readers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final CaseDesk desk;
    private final CaseDetailsTable details;
    private final java.time.Clock clock;

    AuditedCaseRegister(CaseFiles files, Readers readers, AuditTrail audit, ApplicationEventPublisher events, JdbcClient jdbc,
                        CaseDesk desk, CaseDetailsTable details, java.time.Clock clock) {
        this.files = files;
        this.desk = desk;
        this.details = details;
        this.clock = clock;
        this.readers = readers;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public List<CaseSummary> readable(Collection<CaseId> ids, String purpose) {
        Reader reader = readers.current();
        List<CaseSummary> shown = new ArrayList<>();
        for (CaseId id : ids) {
            var facts = files.accessFacts(id);
            if (facts.isPresent() && CaseAccessPolicy.canRead(reader, facts.get().organizationId(), facts.get().assignedStaff())) {
                files.find(id).ifPresent(file -> {
                    audit.record(AuditEvent.of("case.read", "case", id, reader.organizationId()).withDetail(purpose));
                    shown.add(summary(file));
                });
            }
        }
        return shown;
    }

    @Override
    @Transactional
    public CaseSummary requireRead(CaseId id, String purpose) {
        Reader reader = readers.current();
        var facts = files.accessFacts(id);
        if (facts.isEmpty() || !CaseAccessPolicy.canRead(reader, facts.get().organizationId(), facts.get().assignedStaff())) {
            audit.record(AuditEvent.of(purpose, "case", id, reader.organizationId()).denied(facts.isEmpty() ? "no such case" : "no need to know"));
            throw new NoSuchCase();
        }
        audit.record(AuditEvent.of("case.read", "case", id, reader.organizationId()).withDetail(purpose));
        return summary(files.find(id).orElseThrow(NoSuchCase::new));
    }

    @Override
    @Transactional
    public CaseSummary requireReadByCode(String code, String purpose) {
        Reader reader = readers.current();
        Optional<UUID> id = jdbc.sql("select id from cases where organization_id = :org and code = :code")
                .param("org", reader.organizationId()).param("code", code).query(UUID.class).optional();
        if (id.isEmpty()) {
            audit.record(AuditEvent.of(purpose, "case", null, reader.organizationId()).denied("no such case code"));
            throw new NoSuchCase();
        }
        return requireRead(new CaseId(id.get()), purpose);
    }

    @Override
    @Transactional
    public CaseSummary requireChange(CaseId id, String purpose) {
        Reader reader = readers.current();
        var facts = files.accessFacts(id);
        if (facts.isEmpty() || !CaseAccessPolicy.canRead(reader, facts.get().organizationId(), facts.get().assignedStaff())) {
            audit.record(AuditEvent.of(purpose, "case", id, reader.organizationId()).denied(facts.isEmpty() ? "no such case" : "no need to know"));
            throw new NoSuchCase();
        }
        if (!CaseAccessPolicy.canChange(reader, facts.get().organizationId(), facts.get().assignedStaff())) {
            audit.record(AuditEvent.of(purpose, "case", id, reader.organizationId()).denied("may not change this case"));
            throw new AccessDeniedException("may not change this case");
        }
        audit.record(AuditEvent.of("case.read", "case", id, reader.organizationId()).withDetail(purpose));
        return summary(files.find(id).orElseThrow(NoSuchCase::new));
    }

    @Override
    @Transactional
    public OpenedCase openForApplicant(UUID organizationId, String name) {
        var opened = desk.openForApplicant(organizationId, name);
        return new OpenedCase(opened.id(), opened.code());
    }

    @Override
    @Transactional
    public OpenedCase openFromReferral(UUID referralId, String name, String summaryNote) {
        var opened = desk.openFromReferral(readers.current(), referralId, name, summaryNote);
        return new OpenedCase(opened.id(), opened.code());
    }

    @Override
    @Transactional
    public Optional<Stage> stageForApplicant(CaseId id) {
        Optional<Map.Entry<UUID, Stage>> found = jdbc.sql("select organization_id, stage from cases where id = :id")
                .param("id", id.value())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), Stage.valueOf(rs.getString(2)))).optional();
        found.ifPresent(f -> audit.record(new AuditEvent("case.status", "case", id.toString(), f.getKey(),
                AuditEvent.Outcome.SUCCESS, "stage shown to the applicant (anonymous)")));
        return found.map(Map.Entry::getValue);
    }

    @Override
    @Transactional
    public Map<CaseId, Stage> stagesForSystem(Collection<CaseId> ids, String purpose) {
        Map<CaseId, Stage> stages = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return stages;
        }
        jdbc.sql("select id, stage from cases where id = any(:ids)")
                .param("ids", ids.stream().map(CaseId::value).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(new CaseId(rs.getObject(1, UUID.class)), Stage.valueOf(rs.getString(2))))
                .list().forEach(e -> stages.put(e.getKey(), e.getValue()));
        audit.record(new AuditEvent("case.stages", "case", null, null, AuditEvent.Outcome.SUCCESS,
                purpose + ": stages of " + stages.size() + " cases"));
        return stages;
    }

    @Override
    @Transactional
    public List<CaseId> openCasesForSystem(UUID organizationId, String purpose) {
        List<CaseId> ids = jdbc.sql("select id from cases where organization_id = :org and stage <> 'CLOSED' order by opened_at")
                .param("org", organizationId).query(UUID.class).list().stream().map(CaseId::new).toList();
        audit.record(new AuditEvent("case.list", "case", null, organizationId, AuditEvent.Outcome.SUCCESS,
                purpose + ": " + ids.size() + " case ids, nothing personal"));
        return ids;
    }

    @Override
    @Transactional
    public Optional<AlertFacts> alertFactsForSystem(CaseId id, String purpose) {
        Optional<AlertFacts> facts = jdbc.sql("select organization_id, code from cases where id = :id").param("id", id.value())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).optional()
                .map(row -> new AlertFacts(id, row.getKey(), row.getValue(), files.accessFacts(id).orElseThrow().assignedStaff()));
        facts.ifPresent(f -> audit.record(new AuditEvent("case.alert-facts", "case", id.toString(), f.organizationId(),
                AuditEvent.Outcome.SUCCESS, purpose + ": code and assignees, nothing personal")));
        return facts;
    }

    private static CaseSummary summary(CaseFile file) {
        return new CaseSummary(file.id(), file.organizationId(), file.code().value(), file.stage(),
                file.applicant().displayName(), file.assignedStaff());
    }
}
