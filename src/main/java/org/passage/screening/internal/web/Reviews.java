package org.passage.screening.internal.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.LegacyPlaintextColumn;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Analysts' decisions on each hit of a case, every one kept (who, what, when, why): the latest one counts. The reason and
 * the listed entity's id are sealed under the case's key; hits are told apart by the id's blind index.
 */
@Repository
class Reviews {

    private static final String TABLE = "screening_review";

    enum Decision { CONFIRMED, DISMISSED }

    record Review(UUID id, String list, String entityId, Decision decision, double score, String reason, UUID decidedBy, Instant decidedAt) {
        @Override
        public String toString() {
            return "Review[" + id + ", " + decision + ", reason redacted]";
        }
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final Clock clock;

    Reviews(JdbcClient jdbc, Sealing sealing, Clock clock) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.clock = clock;
    }

    /** Records a decision on a hit, after any earlier ones (which stay); returns the review's id. */
    UUID decide(UUID organizationId, UUID caseId, String list, String entityId, Decision decision, double score, String reason, UUID staffId) {
        UUID id = UUID.randomUUID();
        byte[] sealed = sealing.seal(organizationId, reason, AssociatedData.ofCase(caseId, TABLE, "reason", id)).ciphertext();
        jdbc.sql("""
                        insert into screening_review (id, organization_id, case_id, list, entity, entity_index, decision, score, reason,
                                                      decided_by, decided_at)
                        values (:id, :org, :case, :list, :entity, :index, :decision, :score, :reason, :by, :now)""")
                .param("id", id).param("org", organizationId).param("case", caseId).param("list", list)
                .param("entity", sealing.seal(organizationId, entityId, AssociatedData.ofCase(caseId, TABLE, "entity", id)).ciphertext())
                .param("index", sealing.blindIndex(organizationId, ScreeningAlerts.ENTITY_INDEX, entityId))
                .param("decision", decision.name()).param("score", score).param("reason", sealed).param("by", staffId)
                .param("now", Timestamp.from(clock.instant())).update();
        return id;
    }

    /** The organization's cases where the decision that counts on some hit is a confirmation; nothing sealed is read. */
    Set<UUID> confirmedCases(UUID organizationId) {
        return Set.copyOf(jdbc.sql("""
                select case_id from (select distinct on (case_id, list, entity_index) case_id, decision from screening_review
                                     where organization_id = :org and entity_index is not null
                                     order by case_id, list, entity_index, decided_at desc, id) latest
                where decision = 'CONFIRMED'""").param("org", organizationId).query(UUID.class).list());
    }

    /** The decision that counts on each hit of the case: the latest. */
    List<Review> current(UUID organizationId, UUID caseId) {
        var seen = new java.util.HashSet<String>();
        return forCase(organizationId, caseId).stream().filter(r -> seen.add(r.list() + '\u0000' + r.entityId())).toList();
    }

    /** Every decision on the case's hits, newest first. */
    List<Review> forCase(UUID organizationId, UUID caseId) {
        return jdbc.sql("select * from screening_review where organization_id = :org and case_id = :case order by decided_at desc, id")
                .param("org", organizationId).param("case", caseId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    byte[] entity = rs.getBytes("entity");
                    return new Review(id, rs.getString("list"), entity == null ? ""
                            : sealing.open(organizationId, new SealedText(entity), new AssociatedData(TABLE, "entity", id)),
                            Decision.valueOf(rs.getString("decision")),
                            rs.getDouble("score"),
                            sealing.open(organizationId, new SealedText(rs.getBytes("reason")), new AssociatedData(TABLE, "reason", id)),
                            rs.getObject("decided_by", UUID.class), rs.getTimestamp("decided_at").toInstant());
                }).list();
    }

    /** The case was erased: its sealed values went with its key; the blind indexes, under the organization's key, go now. */
    int forgetEntities(UUID caseId) {
        return jdbc.sql("update screening_review set entity_index = null where case_id = :case").param("case", caseId).update();
    }

    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn screeningReviewReason() {
            return SealedColumn.ofCase(TABLE, "reason", "case_id");
        }

        @Bean
        SealedColumn screeningReviewEntity() {
            return SealedColumn.ofCase(TABLE, "entity", "case_id");
        }

        /** Entity ids kept in plaintext before 13.5, sealed (and indexed) at startup. */
        @Bean
        LegacyPlaintextColumn screeningReviewEntityPlaintext() {
            return new LegacyPlaintextColumn(screeningReviewEntity(), "entity_id_plaintext", "entity_index", ScreeningAlerts.ENTITY_INDEX);
        }
    }
}
