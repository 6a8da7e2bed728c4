package org.passage.reports.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.cases.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Invented cases with dated journeys and check-ins in 2025, written straight into the tables (the features'
 * own tests cover how they get there). In 2025 the big organization has 16 cases: 8 hiding in Russia, 6 in
 * Kazakhstan, 2 detained in Armenia; the small one has 3 hiding.
 */
final class StatisticsFixture {

    private final Cases cases;
    private final JdbcClient jdbc;

    StatisticsFixture(Cases cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    void seedArk(UUID org) {
        for (int i = 0; i < 16; i++) {
            CaseId id = open(org, i);
            change(org, id, Stage.FIRST_CONTACT, Stage.HIDING_IN_RUSSIA, "2025-02-01");
            place(org, id, "RU", "2025-01-10");
            if (i >= 8) {
                change(org, id, Stage.HIDING_IN_RUSSIA, Stage.CROSSING, "2025-04-01");
                change(org, id, Stage.CROSSING, Stage.IN_THIRD_COUNTRY, "2025-04-05");
                place(org, id, i >= 14 ? "AM" : "KZ", "2025-04-05");
            }
            if (i >= 14) {
                change(org, id, Stage.IN_THIRD_COUNTRY, Stage.DETAINED, "2025-06-01");
            }
            if (i == 0) {
                schedule(org, id);
                for (int day = 1; day <= 6; day++) {
                    checkIn(org, id, "2025-03-0" + day + "T10:00:00Z");
                }
                missed(org, id, "2025-03-08T10:00:00Z");
                checkIn(org, id, "2025-03-09T09:00:00Z");
            }
            if (i == 1) {
                schedule(org, id);
                missed(org, id, "2025-05-10T10:00:00Z");
            }
        }
    }

    void seedForest(UUID org) {
        for (int i = 0; i < 3; i++) {
            CaseId id = open(org, 100 + i);
            change(org, id, Stage.FIRST_CONTACT, Stage.HIDING_IN_RUSSIA, "2025-02-01");
            place(org, id, "RU", "2025-01-10");
        }
    }

    private CaseId open(UUID org, int i) {
        CaseId id = cases.openForApplicant(org, "Статистов " + i).id();
        jdbc.sql("update cases set opened_at = ? where id = ?").params(Timestamp.from(Instant.parse("2025-01-10T08:00:00Z")), id.value()).update();
        return id;
    }

    private void change(UUID org, CaseId id, Stage from, Stage to, String on) {
        jdbc.sql("""
                insert into journey_stage_changes (id, case_id, organization_id, from_stage, to_stage, effective_on, reason, recorded_at)
                values (?, ?, ?, ?, ?, ?, '\\x00', now())""")
                .params(UUID.randomUUID(), id.value(), org, from.name(), to.name(), Date.valueOf(on)).update();
    }

    private void place(UUID org, CaseId id, String country, String since) {
        jdbc.sql("""
                insert into journey_locations (id, case_id, organization_id, country_code, city, since, recorded_at)
                values (?, ?, ?, ?, '\\x00', ?, now())""")
                .params(UUID.randomUUID(), id.value(), org, country, Date.valueOf(since)).update();
    }

    private void schedule(UUID org, CaseId id) {
        jdbc.sql("""
                insert into checkin_schedules (case_id, organization_id, interval_minutes, next_due_at, updated_at)
                values (?, ?, 1440, now(), now())""").params(id.value(), org).update();
    }

    private void checkIn(UUID org, CaseId id, String at) {
        jdbc.sql("insert into checkins (id, case_id, organization_id, channel, at) values (?, ?, ?, 'LINK', ?)")
                .params(UUID.randomUUID(), id.value(), org, Timestamp.from(Instant.parse(at))).update();
    }

    private void missed(UUID org, CaseId id, String due) {
        var at = Timestamp.from(Instant.parse(due));
        jdbc.sql("""
                insert into checkin_alerts (id, case_id, organization_id, kind, due_at, raised_at, level, escalated_at)
                values (?, ?, ?, 'MISSED', ?, ?, 1, ?)""").params(UUID.randomUUID(), id.value(), org, at, at, at).update();
    }
}
