package org.passage.screening.internal.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
 * The alerts table: a hit that is new for a case, or whose listed entity changed, after a list version went
 * live. One row per case × list version × entity (a re-run inserts nothing twice). Which listed entity a case
 * resembles is personal data about the applicant: the entity's id and caption are sealed under the case's key, and
 * lookups go through a keyed blind index of the id ({@link #ENTITY_INDEX}), emptied when the case is erased.
 */
@Repository
class ScreeningAlerts {

    private static final String TABLE = "screening_alert";
    /** The blind index purpose of a listed entity's id, shared with {@link Reviews}. */
    static final String ENTITY_INDEX = "screening_entity";

    /** A hit new for the case; its listed entry changed by a list version; its listed entry taken off the list. */
    enum Kind { NEW, CHANGED, REMOVED }

    record Alert(UUID id, UUID organizationId, UUID caseId, String list, int listVersion, String entityId, Kind kind,
                 double score, String caption, Instant raisedAt, @Nullable Instant acknowledgedAt) {
        @Override
        public String toString() {
            return "Alert[" + id + ", " + list + "/" + listVersion + ", " + kind + "]";
        }
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final Clock clock;

    ScreeningAlerts(JdbcClient jdbc, Sealing sealing, Clock clock) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.clock = clock;
    }

    /** Raises an alert unless the same case × list version × entity already has one; true when a row was added. */
    boolean raise(UUID organizationId, UUID caseId, String list, int version, String entityId, Kind kind, double score, String caption) {
        UUID id = UUID.randomUUID();
        return jdbc.sql("""
                        insert into screening_alert (id, organization_id, case_id, list, list_version, entity, entity_index, kind, score,
                                                     caption, raised_at)
                        values (:id, :org, :case, :list, :version, :entity, :index, :kind, :score, :caption, :now)
                        on conflict (case_id, list, list_version, entity_index) do nothing""")
                .param("id", id).param("org", organizationId).param("case", caseId).param("list", list).param("version", version)
                .param("entity", sealing.seal(organizationId, entityId, AssociatedData.ofCase(caseId, TABLE, "entity", id)).ciphertext())
                .param("index", sealing.blindIndex(organizationId, ENTITY_INDEX, entityId)).param("kind", kind.name()).param("score", score)
                .param("caption", sealing.seal(organizationId, caption, AssociatedData.ofCase(caseId, TABLE, "caption", id)).ciphertext())
                .param("now", Timestamp.from(clock.instant())).update() == 1;
    }

    /** Whether the case was ever alerted about this entity of this list (then only a change of the entity alerts again). */
    boolean alertedBefore(UUID organizationId, UUID caseId, String list, String entityId) {
        return jdbc.sql("select exists (select 1 from screening_alert where case_id = :case and list = :list and entity_index = :index)")
                .param("case", caseId).param("list", list).param("index", sealing.blindIndex(organizationId, ENTITY_INDEX, entityId))
                .query(Boolean.class).single();
    }

    /** The blind indexes (hex) of the entities of {@code list} the case was ever alerted about, read without opening anything sealed. */
    java.util.Set<String> alertedEntities(UUID caseId, String list) {
        return jdbc.sql("select distinct entity_index from screening_alert where case_id = :case and list = :list and entity_index is not null")
                .param("case", caseId).param("list", list).query((rs, n) -> java.util.HexFormat.of().formatHex(rs.getBytes(1)))
                .list().stream().collect(java.util.stream.Collectors.toSet());
    }

    /** The blind index (hex) of a listed entity's id in the organization, as {@link #alertedEntities} gives them. */
    String entityIndex(UUID organizationId, String entityId) {
        return java.util.HexFormat.of().formatHex(sealing.blindIndex(organizationId, ENTITY_INDEX, entityId));
    }

    /** The case was erased: its sealed values went with its key; the blind indexes, under the organization's key, go now. */
    int forgetEntities(UUID caseId) {
        return jdbc.sql("update screening_alert set entity_index = null where case_id = :case").param("case", caseId).update();
    }

    /** The organization's alerts on the given cases (those the reader may see), open ones first, newest first. */
    List<Alert> forCases(UUID organizationId, Collection<UUID> caseIds, int limit) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from screening_alert where organization_id = :org and case_id in (:cases)
                        order by acknowledged_at is not null, raised_at desc, id limit :limit""")
                .param("org", organizationId).param("cases", caseIds).param("limit", limit)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    UUID org = rs.getObject("organization_id", UUID.class);
                    Timestamp ack = rs.getTimestamp("acknowledged_at");
                    return new Alert(id, org, rs.getObject("case_id", UUID.class), rs.getString("list"), rs.getInt("list_version"),
                            open(org, id, "entity", rs.getBytes("entity")), Kind.valueOf(rs.getString("kind")), rs.getDouble("score"),
                            open(org, id, "caption", rs.getBytes("caption")),
                            rs.getTimestamp("raised_at").toInstant(), ack == null ? null : ack.toInstant());
                }).list();
    }

    /** The organization and case of an alert, for the access decision before acknowledging it. */
    Optional<UUID[]> owner(UUID alertId) {
        return jdbc.sql("select organization_id, case_id from screening_alert where id = :id").param("id", alertId)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).optional();
    }

    boolean acknowledge(UUID alertId, UUID staffId) {
        return jdbc.sql("update screening_alert set acknowledged_by = :staff, acknowledged_at = :now where id = :id and acknowledged_at is null")
                .param("staff", staffId).param("now", Timestamp.from(clock.instant())).param("id", alertId).update() == 1;
    }

    /**
     * A decision on a hit settles the case's open alerts about that entity of that list: the analyst read it and said
     * whether it is him (the case header counted the alert as open after the decision). Returns how many it settled.
     */
    int settledByDecision(UUID organizationId, UUID caseId, String list, String entityId, UUID staffId) {
        return jdbc.sql("update screening_alert set acknowledged_by = :staff, acknowledged_at = :now where organization_id = :org "
                        + "and case_id = :case and list = :list and entity_index = :index and acknowledged_at is null")
                .param("staff", staffId).param("now", Timestamp.from(clock.instant())).param("org", organizationId).param("case", caseId)
                .param("list", list).param("index", sealing.blindIndex(organizationId, ENTITY_INDEX, entityId)).update();
    }

    private String open(UUID organizationId, UUID id, String column, byte @Nullable [] sealed) {
        return sealed == null ? "" : sealing.open(organizationId, new SealedText(sealed), new AssociatedData(TABLE, column, id));
    }

    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn screeningAlertCaption() {
            return SealedColumn.ofCase(TABLE, "caption", "case_id");
        }

        @Bean
        SealedColumn screeningAlertEntity() {
            return SealedColumn.ofCase(TABLE, "entity", "case_id");
        }

        /** Entity ids kept in plaintext before 13.5, sealed (and indexed) at startup. */
        @Bean
        LegacyPlaintextColumn screeningAlertEntityPlaintext() {
            return new LegacyPlaintextColumn(screeningAlertEntity(), "entity_id_plaintext", "entity_index", ENTITY_INDEX);
        }
    }
}
