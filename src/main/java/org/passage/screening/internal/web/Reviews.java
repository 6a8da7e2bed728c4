package org.passage.screening.internal.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * Analysts' decisions on each hit of a case, every one kept (who, what, when, why). A decision is signed by two people:
 * the first member's is a proposal until a second member confirms or rejects it; the latest decision that stands (confirmed,
 * or taken by one person before that rule) counts. The reasons and the listed entity's id are sealed under the case's key;
 * hits are told apart by the id's blind index.
 */
@Repository
class Reviews {

    private static final String TABLE = "screening_review";

    enum Decision { CONFIRMED, DISMISSED }

    /**
     * Where a decision stands in the two-person rule: {@code ALONE} was taken by one person before the rule (it stands),
     * {@code PROPOSED} waits for a second member, {@code CONFIRMED} stands signed by two, {@code REJECTED} never stood.
     */
    enum SignOff {
        ALONE, PROPOSED, CONFIRMED, REJECTED;

        boolean stands() {
            return this == ALONE || this == CONFIRMED;
        }
    }

    /** {@code secondBy}, {@code secondAt} and {@code secondReason}: the second member's, once confirmed or rejected. */
    record Review(UUID id, String list, String entityId, Decision decision, double score, String reason, UUID decidedBy, Instant decidedAt,
                  SignOff signOff, @Nullable UUID secondBy, @Nullable Instant secondAt, @Nullable String secondReason) {
        @Override
        public String toString() {
            return "Review[" + id + ", " + decision + ", " + signOff + ", reason redacted]";
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

    /** Proposes a decision on a hit, after any earlier ones (which stay); it counts once a second member confirms it. Returns its id. */
    UUID propose(UUID organizationId, UUID caseId, String list, String entityId, Decision decision, double score, String reason, UUID staffId) {
        UUID id = UUID.randomUUID();
        byte[] sealed = sealing.seal(organizationId, reason, AssociatedData.ofCase(caseId, TABLE, "reason", id)).ciphertext();
        jdbc.sql("""
                        insert into screening_review (id, organization_id, case_id, list, entity, entity_index, decision, score, reason,
                                                      decided_by, decided_at, sign_off)
                        values (:id, :org, :case, :list, :entity, :index, :decision, :score, :reason, :by, :now, 'PROPOSED')""")
                .param("id", id).param("org", organizationId).param("case", caseId).param("list", list)
                .param("entity", sealing.seal(organizationId, entityId, AssociatedData.ofCase(caseId, TABLE, "entity", id)).ciphertext())
                .param("index", sealing.blindIndex(organizationId, ScreeningAlerts.ENTITY_INDEX, entityId))
                .param("decision", decision.name()).param("score", score).param("reason", sealed).param("by", staffId)
                .param("now", Timestamp.from(clock.instant())).update();
        return id;
    }

    /**
     * The second member's word on a proposal of the case: true when it was still waiting and now stands confirmed or is
     * rejected. The database refuses the proposer (check constraint); the caller checked the rest of the rule.
     */
    boolean secondSignOff(UUID organizationId, UUID caseId, UUID reviewId, boolean confirm, String reason, UUID staffId,
                          Set<org.passage.security.SignOffIndependence.Flag> flags) {
        return jdbc.sql("""
                        update screening_review set sign_off = :state, second_by = :by, second_at = :now, second_reason = :reason,
                               second_flags = :flags
                        where id = :id and organization_id = :org and case_id = :case and sign_off = 'PROPOSED'""")
                .param("state", confirm ? "CONFIRMED" : "REJECTED").param("by", staffId).param("now", Timestamp.from(clock.instant()))
                .param("reason", sealing.seal(organizationId, reason, AssociatedData.ofCase(caseId, TABLE, "second_reason", reviewId)).ciphertext())
                .param("flags", flags.stream().sorted().map(Enum::name).toArray(String[]::new))
                .param("id", reviewId).param("org", organizationId).param("case", caseId).update() == 1;
    }

    /** The organization's cases where the decision that counts on some hit is a confirmation; nothing sealed is read. */
    Set<UUID> confirmedCases(UUID organizationId) {
        return Set.copyOf(jdbc.sql("""
                select case_id from (select distinct on (case_id, list, entity_index) case_id, decision from screening_review
                                     where organization_id = :org and entity_index is not null and sign_off in ('ALONE', 'CONFIRMED')
                                     order by case_id, list, entity_index, decided_at desc, id) latest
                where decision = 'CONFIRMED'""").param("org", organizationId).query(UUID.class).list());
    }

    /** The decision that counts on each hit of the case: the latest that stands (a proposal counts once confirmed). */
    List<Review> current(UUID organizationId, UUID caseId) {
        var seen = new java.util.HashSet<String>();
        return forCase(organizationId, caseId).stream().filter(r -> r.signOff().stands())
                .filter(r -> seen.add(r.list() + '\u0000' + r.entityId())).toList();
    }

    /**
     * The latest decision on each hit of the given cases as the alert list shows it: who decided what, and where it stands
     * in the two-person rule, keyed by {@link #hitKey}; nothing sealed is read.
     */
    record Latest(Decision decision, SignOff signOff, UUID decidedBy, Instant decidedAt, @Nullable UUID secondBy) {
    }

    java.util.Map<String, Latest> latestOfHits(UUID organizationId, java.util.Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        var latest = new java.util.HashMap<String, Latest>();
        jdbc.sql("""
                        select distinct on (case_id, list, entity_index) case_id, list, entity_index, decision, sign_off, decided_by,
                               decided_at, second_by
                        from screening_review where organization_id = :org and case_id in (:cases) and entity_index is not null
                        order by case_id, list, entity_index, decided_at desc, id""")
                .param("org", organizationId).param("cases", caseIds)
                .query((rs, n) -> latest.put(hitKey(rs.getObject("case_id", UUID.class), rs.getString("list"), rs.getBytes("entity_index")),
                        new Latest(Decision.valueOf(rs.getString("decision")), SignOff.valueOf(rs.getString("sign_off")),
                                rs.getObject("decided_by", UUID.class), rs.getTimestamp("decided_at").toInstant(),
                                rs.getObject("second_by", UUID.class)))).list();
        return latest;
    }

    /** The key of a hit in {@link #latestOfHits}, from the listed entity's id. */
    String hitKey(UUID organizationId, UUID caseId, String list, String entityId) {
        return hitKey(caseId, list, sealing.blindIndex(organizationId, ScreeningAlerts.ENTITY_INDEX, entityId));
    }

    private static String hitKey(UUID caseId, String list, byte[] entityIndex) {
        return caseId + "\u0000" + list + "\u0000" + java.util.HexFormat.of().formatHex(entityIndex);
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
                            rs.getObject("decided_by", UUID.class), rs.getTimestamp("decided_at").toInstant(),
                            SignOff.valueOf(rs.getString("sign_off")), rs.getObject("second_by", UUID.class),
                            rs.getTimestamp("second_at") == null ? null : rs.getTimestamp("second_at").toInstant(),
                            rs.getBytes("second_reason") == null ? null : sealing.open(organizationId,
                                    new SealedText(rs.getBytes("second_reason")), new AssociatedData(TABLE, "second_reason", id)));
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
        SealedColumn screeningReviewSecondReason() {
            return SealedColumn.ofCase(TABLE, "second_reason", "case_id");
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
