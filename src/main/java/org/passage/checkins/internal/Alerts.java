package org.passage.checkins.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedText;
import org.passage.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checkin_alerts table. Raising is idempotent: one missed-check-in alert per case and due time. */
@Repository
class Alerts {

    private final JdbcClient jdbc;

    static final String TABLE = "checkin_alerts";
    private final org.passage.crypto.Sealing sealing;

    Alerts(JdbcClient jdbc, org.passage.crypto.Sealing sealing) {
        this.sealing = sealing;
        this.jdbc = jdbc;
    }

    /** True when the alert is new (the scheduler may run twice over the same due time). */
    boolean raiseMissed(Schedule schedule, Instant raisedAt) {
        return jdbc.sql("""
                insert into checkin_alerts (id, case_id, organization_id, kind, due_at, raised_at, level, escalated_at)
                values (:id, :case, :org, 'MISSED', :due, :at, 1, :at) on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("case", schedule.caseId().value()).param("org", schedule.organizationId())
                .param("due", Timestamp.from(schedule.nextDueAt())).param("at", Timestamp.from(raisedAt)).update() == 1;
    }

    void raiseDuress(CaseId caseId, UUID organizationId, int level, Instant at) {
        jdbc.sql("""
                insert into checkin_alerts (id, case_id, organization_id, kind, raised_at, level, escalated_at)
                values (:id, :case, :org, 'DURESS', :at, :level, :at)""")
                .param("id", UUID.randomUUID()).param("case", caseId.value()).param("org", organizationId)
                .param("level", level).param("at", Timestamp.from(at)).update();
    }

    List<Alert> open() {
        return jdbc.sql("select * from checkin_alerts where acknowledged_at is null order by raised_at").query(this::map).list();
    }

    List<Alert> openIn(UUID organizationId) {
        return jdbc.sql("select * from checkin_alerts where organization_id = :org and acknowledged_at is null order by level desc, raised_at")
                .param("org", organizationId).query(this::map).list();
    }

    List<Alert> ofCase(CaseId caseId) {
        return jdbc.sql("select * from checkin_alerts where case_id = :case order by raised_at").param("case", caseId.value())
                .query(this::map).list();
    }

    Optional<Alert> find(UUID id) {
        return jdbc.sql("select * from checkin_alerts where id = :id").param("id", id).query(this::map).optional();
    }

    /** True when this call raised the level (another run may have done it already). */
    boolean escalate(UUID id, int level, Instant at) {
        return jdbc.sql("""
                update checkin_alerts set level = :level, escalated_at = :at
                where id = :id and level < :level and acknowledged_at is null""")
                .param("level", level).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** Acknowledges an open alert with what was done about it (sealed); false if it was acknowledged already. */
    boolean acknowledge(UUID id, UUID organizationId, UUID by, Instant at, String whatWasDone) {
        // under the case's own key, which erasing the case destroys
        UUID caseId = jdbc.sql("select case_id from checkin_alerts where id = :id and organization_id = :org").param("id", id)
                .param("org", organizationId).query(UUID.class).optional().orElse(null);
        if (caseId == null) {
            return false;
        }
        byte[] sealed = sealing.seal(organizationId, whatWasDone, AssociatedData.ofCase(caseId, TABLE, "acknowledgement", id)).ciphertext();
        return jdbc.sql("""
                update checkin_alerts set acknowledged_at = :at, acknowledged_by = :by, acknowledgement = :note
                where id = :id and organization_id = :org and acknowledged_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("note", sealed).param("id", id).param("org", organizationId)
                .update() == 1;
    }

    /** Who acknowledged an alert and what he wrote he did. Personal: redacted {@link #toString()}. */
    record Acknowledgement(@org.jspecify.annotations.Nullable UUID by, String whatWasDone) {
        @Override
        public String toString() {
            return "Acknowledgement[" + by + ", REDACTED]";
        }
    }

    /** The acknowledgements of a case's alerts, by alert (alerts acknowledged before notes were asked have an empty one). */
    java.util.Map<UUID, Acknowledgement> acknowledgements(UUID organizationId, CaseId caseId) {
        return jdbc.sql("""
                select id, acknowledged_by, acknowledgement from checkin_alerts
                where case_id = :case and organization_id = :org and acknowledged_at is not null""")
                .param("case", caseId.value()).param("org", organizationId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    byte[] sealed = rs.getBytes(3);
                    return java.util.Map.entry(id, new Acknowledgement(rs.getObject(2, UUID.class), sealed == null ? ""
                            : sealing.open(organizationId, new SealedText(sealed), new AssociatedData(TABLE, "acknowledgement", id))));
                }).list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @org.springframework.context.annotation.Bean
        org.passage.crypto.SealedColumn checkinAlertAcknowledgement() {
            return org.passage.crypto.SealedColumn.ofCase(TABLE, "acknowledgement", "case_id");
        }
    }

    private Alert map(ResultSet rs, int n) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        return new Alert(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
                rs.getObject("organization_id", UUID.class), Alert.Kind.valueOf(rs.getString("kind")),
                due == null ? null : due.toInstant(), rs.getTimestamp("raised_at").toInstant(), rs.getInt("level"),
                ack == null ? null : ack.toInstant());
    }
}
