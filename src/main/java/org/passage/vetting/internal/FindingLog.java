package org.passage.vetting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.vetting.FindingView.Severity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vetting runs and their findings, kept per run so that a re-run shows what changed, plus the manual findings
 * analysts add and the evidence attached to findings. Title, explanation and inputs are sealed together.
 */
@Repository
class FindingLog {

    static final String TABLE = "vetting_findings";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final Sealing sealing;

    public record Run(UUID id, int number, Instant at, UUID by) {
    }

    /**
     * What is sealed of a finding. Since issue 13 the title and explanation are {@link Phrase}s (code and arguments);
     * findings stored before hold English text in {@code title} and {@code explanation}, shown as written.
     */
    record Body(@Nullable String title, @Nullable String explanation, @Nullable Map<String, String> inputs,
                @Nullable Phrase titlePhrase, @Nullable Phrase explanationPhrase) {

        Phrase titleOrText() {
            return titlePhrase != null ? titlePhrase : Phrase.literal(title == null ? "" : title);
        }

        Phrase explanationOrText() {
            return explanationPhrase != null ? explanationPhrase : Phrase.literal(explanation == null ? "" : explanation);
        }
    }

    FindingLog(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    Run startRun(UUID org, CaseId caseId, Instant at, UUID by) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from vetting_runs where case_id = :case")
                .param("case", caseId.value()).query(Integer.class).single();
        var run = new Run(UUID.randomUUID(), number, at, by);
        startRun(org, caseId, run);
        return run;
    }

    /** Stores a run numbered by its {@link Vetting}; the number is unique per case, so a concurrent run fails here. */
    void startRun(UUID org, CaseId caseId, Run run) {
        jdbc.sql("insert into vetting_runs (id, case_id, organization_id, number, run_at, run_by) values (:id, :case, :org, :n, :at, :by)")
                .param("id", run.id()).param("case", caseId.value()).param("org", org).param("n", run.number())
                .param("at", Timestamp.from(run.at())).param("by", run.by()).update();
    }

    void add(UUID org, CaseId caseId, Finding f, int position) {
        byte[] body = sealing.seal(org, JSON.writeValueAsString(new Body(null, null, f.inputs(), f.title(), f.explanation())),
                AssociatedData.ofCase(caseId.value(), TABLE, "body", f.id())).ciphertext();
        jdbc.sql("""
                insert into vetting_findings (id, run_id, case_id, organization_id, position, severity, kind, identity, body, manual, created_at, created_by)
                values (:id, :run, :case, :org, :pos, :severity, :kind, :identity, :body, :manual, :at, :by)""")
                .param("id", f.id()).param("run", f.runId()).param("case", caseId.value()).param("org", org).param("pos", position)
                .param("severity", f.severity().name()).param("kind", f.kind()).param("identity", f.identity()).param("body", body)
                .param("manual", f.manual()).param("at", Timestamp.from(f.createdAt())).param("by", f.createdBy()).update();
    }

    List<Run> runs(UUID org, CaseId caseId) {
        return jdbc.sql("select id, number, run_at, run_by from vetting_runs where case_id = :case and organization_id = :org order by number desc")
                .param("case", caseId.value()).param("org", org)
                .query((rs, n) -> new Run(rs.getObject(1, UUID.class), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getObject(4, UUID.class)))
                .list();
    }

    List<Finding> ofRun(UUID org, UUID runId) {
        return jdbc.sql("select * from vetting_findings where run_id = :run and organization_id = :org order by position")
                .param("run", runId).param("org", org).query((rs, n) -> finding(org, rs)).list();
    }

    List<Finding> manual(UUID org, CaseId caseId) {
        return jdbc.sql("select * from vetting_findings where case_id = :case and organization_id = :org and manual order by created_at")
                .param("case", caseId.value()).param("org", org).query((rs, n) -> finding(org, rs)).list();
    }

    Optional<Finding> find(UUID org, CaseId caseId, UUID findingId) {
        return jdbc.sql("select * from vetting_findings where id = :id and case_id = :case and organization_id = :org")
                .param("id", findingId).param("case", caseId.value()).param("org", org).query((rs, n) -> finding(org, rs)).optional();
    }

    /** Cases of the organization whose latest run holds a finding of {@code kind} (plain columns only: nothing is opened). */
    List<CaseId> casesWithLatest(UUID org, String kind) {
        return jdbc.sql("""
                select distinct f.case_id from vetting_findings f join vetting_runs r on r.id = f.run_id
                where f.organization_id = :org and f.kind = :kind
                  and r.number = (select max(r2.number) from vetting_runs r2 where r2.case_id = r.case_id)""")
                .param("org", org).param("kind", kind).query((rs, n) -> new CaseId(rs.getObject(1, UUID.class))).list();
    }

    /** False when the item was attached already. */
    boolean attach(UUID findingId, UUID evidenceId, Instant at, UUID by) {
        return jdbc.sql("""
                insert into vetting_finding_evidence (finding_id, evidence_id, attached_at, attached_by) values (:f, :e, :at, :by)
                on conflict do nothing""")
                .param("f", findingId).param("e", evidenceId).param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    private Finding finding(UUID org, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Body body = JSON.readValue(sealing.open(org, new SealedText(rs.getBytes("body")), where(id)), new TypeReference<Body>() { });
        List<UUID> evidence = jdbc.sql("select evidence_id from vetting_finding_evidence where finding_id = :f order by attached_at")
                .param("f", id).query(UUID.class).list();
        @Nullable UUID run = rs.getObject("run_id", UUID.class);
        return new Finding(id, run, Severity.valueOf(rs.getString("severity")), rs.getString("kind"), rs.getString("identity"),
                body.titleOrText(), body.explanationOrText(), body.inputs() == null ? Map.of() : body.inputs(), rs.getBoolean("manual"),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("created_by", UUID.class), evidence);
    }

    private static AssociatedData where(UUID id) {
        return new AssociatedData(TABLE, "body", id);
    }

    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn vettingFindingBody() {
            return SealedColumn.ofCase(TABLE, "body", "case_id");
        }
    }
}
