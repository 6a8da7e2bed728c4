package org.passage.vetting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.vetting.DecisionView.Outcome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decisions table; rationale and reasons sealed. The two-person rule is also a check constraint there. */
@Repository
class Decisions {

    static final String TABLE = "vetting_decisions";
    private final JdbcClient jdbc;
    private final Sealing sealing;

    Decisions(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    void propose(UUID org, CaseId caseId, Decision d) {
        jdbc.sql("""
                insert into vetting_decisions (id, case_id, organization_id, outcome, rationale, cited_findings, proposed_by, proposed_at, state)
                values (:id, :case, :org, :outcome, :rationale, :cited, :by, :at, 'PROPOSED')""")
                .param("id", d.id()).param("case", caseId.value()).param("org", org).param("outcome", d.outcome().name())
                .param("rationale", sealing.seal(org, d.rationale(), AssociatedData.ofCase(caseId.value(), TABLE, "rationale", d.id())).ciphertext())
                .param("cited", d.citedFindings().toArray(UUID[]::new)).param("by", d.proposedBy())
                .param("at", Timestamp.from(d.proposedAt())).update();
    }

    void review(UUID org, CaseId caseId, UUID decisionId, Decision.State state, UUID by, Instant at, String reason) {
        review(org, caseId, decisionId, state, by, at, reason, java.util.Set.of());
    }

    void review(UUID org, CaseId caseId, UUID decisionId, Decision.State state, UUID by, Instant at, String reason,
                java.util.Set<org.passage.security.SignOffIndependence.Flag> flags) {
        jdbc.sql("""
                update vetting_decisions set state = :state, reviewed_by = :by, reviewed_at = :at, review_reason = :reason,
                review_flags = :flags where id = :id and organization_id = :org and state = 'PROPOSED'""")
                .param("state", state.name()).param("by", by).param("at", Timestamp.from(at))
                .param("flags", flags.stream().sorted().map(Enum::name).toArray(String[]::new))
                .param("reason", seal(org, caseId, "review_reason", decisionId, reason)).param("id", decisionId).param("org", org).update();
    }

    void reopen(UUID org, CaseId caseId, UUID decisionId, UUID by, Instant at, String reason) {
        jdbc.sql("""
                update vetting_decisions set state = 'REOPENED', reopened_by = :by, reopened_at = :at, reopen_reason = :reason
                where id = :id and organization_id = :org and state = 'CONFIRMED'""")
                .param("by", by).param("at", Timestamp.from(at)).param("reason", seal(org, caseId, "reopen_reason", decisionId, reason))
                .param("id", decisionId).param("org", org).update();
    }

    /** A proposal waiting for a second analyst: its case and who proposed it (nothing sealed is read). */
    record Awaiting(CaseId caseId, UUID proposedBy, Instant proposedAt) {
    }

    List<Awaiting> awaitingReview(UUID org) {
        return jdbc.sql("select case_id, proposed_by, proposed_at from vetting_decisions where organization_id = :org and state = 'PROPOSED' order by proposed_at")
                .param("org", org).query((rs, n) -> new Awaiting(new CaseId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant())).list();
    }

    List<Decision> of(UUID org, CaseId caseId) {
        return jdbc.sql("select * from vetting_decisions where case_id = :case and organization_id = :org order by proposed_at desc")
                .param("case", caseId.value()).param("org", org).query((rs, n) -> decision(org, rs)).list();
    }

    Map<Outcome, Long> confirmedOutcomes(UUID org, LocalDate from, LocalDate to) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        jdbc.sql("""
                select outcome, count(*) from vetting_decisions where organization_id = :org and state = 'CONFIRMED'
                and reviewed_at >= :from and reviewed_at < :to group by outcome""")
                // UTC days, like every statistic: a server's own time zone must not move a decision between periods
                .param("org", org).param("from", Timestamp.from(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .query((rs, n) -> Map.entry(Outcome.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /**
     * For each decision confirmed on a UTC day in [from, to] whose case was run before: whole days from the
     * case's first run to the confirmation, ascending. No ids leave: only the durations.
     */
    List<Long> daysFromFirstRunToConfirmation(UUID org, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select (d.reviewed_at at time zone 'UTC')::date - (min(r.run_at) at time zone 'UTC')::date as days
                from vetting_decisions d join vetting_runs r on r.case_id = d.case_id and r.run_at <= d.reviewed_at
                where d.organization_id = :org and d.state = 'CONFIRMED' and d.reviewed_at >= :start and d.reviewed_at < :end
                group by d.id, d.reviewed_at order by days""")
                .param("org", org)
                .param("start", Timestamp.from(from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .query(Long.class).list();
    }

    private Decision decision(UUID org, ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID[] cited = (UUID[]) rs.getArray("cited_findings").getArray();
        return new Decision(id, Outcome.valueOf(rs.getString("outcome")), open(org, "rationale", id, rs.getBytes("rationale")),
                Arrays.asList(cited), rs.getObject("proposed_by", UUID.class), rs.getTimestamp("proposed_at").toInstant(),
                Decision.State.valueOf(rs.getString("state")), rs.getObject("reviewed_by", UUID.class), instant(rs, "reviewed_at"),
                open(org, "review_reason", id, rs.getBytes("review_reason")), rs.getObject("reopened_by", UUID.class),
                instant(rs, "reopened_at"), open(org, "reopen_reason", id, rs.getBytes("reopen_reason")), flags(rs));
    }

    private static java.util.Set<org.passage.security.SignOffIndependence.Flag> flags(ResultSet rs) throws SQLException {
        return Arrays.stream((String[]) rs.getArray("review_flags").getArray())
                .map(org.passage.security.SignOffIndependence.Flag::valueOf).collect(java.util.stream.Collectors.toSet());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private byte[] seal(UUID org, CaseId caseId, String column, UUID row, String text) {
        return sealing.seal(org, text, AssociatedData.ofCase(caseId.value(), TABLE, column, row)).ciphertext();
    }

    private @Nullable String open(UUID org, String column, UUID row, byte @Nullable [] sealed) {
        return sealed == null ? null : sealing.open(org, new SealedText(sealed), new AssociatedData(TABLE, column, row));
    }

    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn vettingDecisionRationale() {
            return SealedColumn.ofCase(TABLE, "rationale", "case_id");
        }

        @Bean
        SealedColumn vettingDecisionReviewReason() {
            return SealedColumn.ofCase(TABLE, "review_reason", "case_id");
        }

        @Bean
        SealedColumn vettingDecisionReopenReason() {
            return SealedColumn.ofCase(TABLE, "reopen_reason", "case_id");
        }
    }
}
