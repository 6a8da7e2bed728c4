package org.passage.screening.internal.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An analyst's decision on each hit of a case: the latest one counts; the reason is sealed. */
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

    /** Records (or replaces) the decision on a hit; returns the review's id. */
    UUID decide(UUID organizationId, UUID caseId, String list, String entityId, Decision decision, double score, String reason, UUID staffId) {
        UUID id = jdbc.sql("select id from screening_review where case_id = :case and list = :list and entity_id = :entity")
                .param("case", caseId).param("list", list).param("entity", entityId).query(UUID.class).optional()
                .orElseGet(UUID::randomUUID);
        byte[] sealed = sealing.seal(organizationId, reason, new AssociatedData(TABLE, "reason", id)).ciphertext();
        jdbc.sql("""
                        insert into screening_review (id, organization_id, case_id, list, entity_id, decision, score, reason, decided_by, decided_at)
                        values (:id, :org, :case, :list, :entity, :decision, :score, :reason, :by, :now)
                        on conflict (id) do update set decision = excluded.decision, score = excluded.score, reason = excluded.reason,
                            decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
                .param("id", id).param("org", organizationId).param("case", caseId).param("list", list).param("entity", entityId)
                .param("decision", decision.name()).param("score", score).param("reason", sealed).param("by", staffId)
                .param("now", Timestamp.from(clock.instant())).update();
        return id;
    }

    List<Review> forCase(UUID organizationId, UUID caseId) {
        return jdbc.sql("select * from screening_review where organization_id = :org and case_id = :case order by decided_at desc")
                .param("org", organizationId).param("case", caseId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Review(id, rs.getString("list"), rs.getString("entity_id"), Decision.valueOf(rs.getString("decision")),
                            rs.getDouble("score"),
                            sealing.open(organizationId, new SealedText(rs.getBytes("reason")), new AssociatedData(TABLE, "reason", id)),
                            rs.getObject("decided_by", UUID.class), rs.getTimestamp("decided_at").toInstant());
                }).list();
    }

    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn screeningReviewReason() {
            return SealedColumn.of(TABLE, "reason");
        }
    }
}
