package org.passage.checkins.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checkin_schedules table; decides nothing about who may change what. */
@Repository
class Schedules {

    private final JdbcClient jdbc;

    Schedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Schedule> find(CaseId id) {
        return jdbc.sql("select * from checkin_schedules where case_id = :id").param("id", id.value()).query(this::map).optional();
    }

    /** Creates or replaces the settings; the next check-in is due one interval from now when the schedule starts or resumes. */
    void save(Schedule s, @Nullable UUID by, Instant now) {
        jdbc.sql("""
                insert into checkin_schedules (case_id, organization_id, interval_minutes, stages, paused, next_due_at, updated_at, updated_by)
                values (:id, :org, :minutes, :stages, :paused, :due, :now, :by)
                on conflict (case_id) do update set interval_minutes = excluded.interval_minutes, stages = excluded.stages,
                    paused = excluded.paused, updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                    next_due_at = case when checkin_schedules.paused and not excluded.paused
                                       or checkin_schedules.interval_minutes <> excluded.interval_minutes
                                  then excluded.next_due_at else checkin_schedules.next_due_at end""")
                .param("id", s.caseId().value()).param("org", s.organizationId()).param("minutes", (int) s.interval().toMinutes())
                .param("stages", s.stages().stream().map(Stage::name).sorted().toArray(String[]::new)).param("paused", s.paused())
                .param("due", Timestamp.from(s.nextDueAt())).param("now", Timestamp.from(now)).param("by", by)
                .update();
    }

    boolean anyIn(UUID organizationId) {
        return jdbc.sql("select exists (select 1 from checkin_schedules where organization_id = :org)")
                .param("org", organizationId).query(Boolean.class).single();
    }

    void setDuressIndex(CaseId id, byte[] index) {
        jdbc.sql("update checkin_schedules set duress_index = :index where case_id = :id")
                .param("index", index).param("id", id.value()).update();
    }

    Optional<byte[]> duressIndex(CaseId id) {
        return jdbc.sql("select duress_index from checkin_schedules where case_id = :id and duress_index is not null")
                .param("id", id.value()).query(byte[].class).optional();
    }

    /** Logs the check-in (channel and time, nothing else) and starts the next interval from now. */
    void checkedIn(CaseId id, UUID organizationId, String channel, Instant at) {
        jdbc.sql("insert into checkins (id, case_id, organization_id, channel, at) values (:id, :case, :org, :channel, :at)")
                .param("id", UUID.randomUUID()).param("case", id.value()).param("org", organizationId).param("channel", channel)
                .param("at", Timestamp.from(at)).update();
        jdbc.sql("""
                update checkin_schedules set last_checkin_at = :at,
                    next_due_at = cast(:at as timestamptz) + make_interval(mins => interval_minutes) where case_id = :id""")
                .param("at", Timestamp.from(at)).param("id", id.value()).update();
    }

    /** Moves the due time of a schedule that does not apply in the case's current stage, so it starts afresh later. */
    void postpone(CaseId id, Instant now) {
        jdbc.sql("update checkin_schedules set next_due_at = cast(:now as timestamptz) + make_interval(mins => interval_minutes) where case_id = :id")
                .param("now", Timestamp.from(now)).param("id", id.value()).update();
    }

    /** Running schedules whose check-in was due at or before {@code dueBefore} and has no alert yet. */
    List<Schedule> dueBefore(Instant dueBefore) {
        return jdbc.sql("""
                select * from checkin_schedules s where not paused and next_due_at <= :t
                  and not exists (select 1 from checkin_alerts a where a.case_id = s.case_id and a.due_at = s.next_due_at)
                order by next_due_at""")
                .param("t", Timestamp.from(dueBefore)).query(this::map).list();
    }

    /** Running schedules of an organization that are past due (within the grace time or beyond). */
    List<Schedule> overdue(UUID organizationId, Instant now) {
        return jdbc.sql("select * from checkin_schedules where organization_id = :org and not paused and next_due_at <= :now")
                .param("org", organizationId).param("now", Timestamp.from(now)).query(this::map).list();
    }

    private Schedule map(ResultSet rs, int n) throws SQLException {
        Timestamp last = rs.getTimestamp("last_checkin_at");
        String[] stages = (String[]) rs.getArray("stages").getArray();
        return new Schedule(new CaseId(rs.getObject("case_id", UUID.class)), rs.getObject("organization_id", UUID.class),
                Duration.ofMinutes(rs.getInt("interval_minutes")),
                Arrays.stream(stages).map(Stage::valueOf).collect(Collectors.toSet()), rs.getBoolean("paused"),
                rs.getTimestamp("next_due_at").toInstant(), last == null ? null : last.toInstant(),
                rs.getBytes("duress_index") != null);
    }
}
