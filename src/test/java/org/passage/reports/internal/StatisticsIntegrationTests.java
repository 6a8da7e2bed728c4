package org.passage.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRegister;
import org.passage.cases.Stage;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.reports.StatisticsPeriod;
import org.passage.support.ActingStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics on PostgreSQL: 16 invented cases in one organization and 3 in another, with dated journeys and
 * check-ins written straight into the tables. Each organization sees only its own figures, suppressed; the
 * period decides what counts; an empty period says so and exports nothing; every export is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIntegrationTests {

    private static final StatisticsPeriod YEAR_2025 = new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired
    MockMvc mvc;
    @Autowired
    Statistics statistics;
    @Autowired
    CaseRegister cases;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    UUID ark;
    UUID forest;
    StaffMember coordinator;
    StaffMember forestCoordinator;

    @BeforeAll
    void seed() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        ark = staff.organization("Stats Ark");
        forest = staff.organization("Stats Forest");
        coordinator = staff.member(ark, Role.COORDINATOR);
        forestCoordinator = staff.member(forest, Role.COORDINATOR);
        for (int i = 0; i < 16; i++) {
            CaseId id = open(ark, i);
            change(ark, id, Stage.FIRST_CONTACT, Stage.HIDING_IN_RUSSIA, "2025-02-01");
            place(ark, id, "RU", "2025-01-10");
            if (i >= 8) {
                change(ark, id, Stage.HIDING_IN_RUSSIA, Stage.CROSSING, "2025-04-01");
                change(ark, id, Stage.CROSSING, Stage.IN_THIRD_COUNTRY, "2025-04-05");
                place(ark, id, i >= 14 ? "AM" : "KZ", "2025-04-05");
            }
            if (i >= 14) {
                change(ark, id, Stage.IN_THIRD_COUNTRY, Stage.DETAINED, "2025-06-01");
            }
            if (i == 0) {
                schedule(ark, id);
                for (int day = 1; day <= 6; day++) {
                    checkIn(ark, id, "2025-03-0" + day + "T10:00:00Z");
                }
                missed(ark, id, "2025-03-08T10:00:00Z");
                checkIn(ark, id, "2025-03-09T09:00:00Z");
            }
            if (i == 1) {
                schedule(ark, id);
                missed(ark, id, "2025-05-10T10:00:00Z");
            }
        }
        for (int i = 0; i < 3; i++) {
            CaseId id = open(forest, 100 + i);
            change(forest, id, Stage.FIRST_CONTACT, Stage.HIDING_IN_RUSSIA, "2025-02-01");
            place(forest, id, "RU", "2025-01-10");
        }
    }

    @Test
    void countsAreTheOrganizationsOwnAndSuppressed() {
        var report = statistics.report(ark, YEAR_2025);
        assertThat(report.empty()).isFalse();
        assertThat(rows(report, "cases-by-stage")).contains(
                List.of("FIRST_CONTACT", "0", "0 %"), List.of("HIDING_IN_RUSSIA", "8", "50 %"),
                List.of("IN_THIRD_COUNTRY", "[c]", "[c]"), List.of("DETAINED", "<5", "[c]"), List.of("total", "16", "100 %"));
        assertThat(rows(report, "cases-by-country")).containsExactly(
                List.of("AM", "<5", "[c]"), List.of("KZ", "[c]", "[c]"), List.of("RU", "8", "50 %"),
                List.of("unknown", "0", "0 %"), List.of("total", "16", "100 %"));
        assertThat(rows(report, "still-in-russia")).containsExactly(
                List.of("in-russia", "8", "50 %"), List.of("elsewhere", "8", "50 %"), List.of("total", "16", "100 %"));
        assertThat(rows(report, "time-in-stage")).contains(
                List.of("FIRST_CONTACT", "16", "22", "22"), List.of("HIDING_IN_RUSSIA", "8", "59", "59"),
                List.of("CROSSING", "8", "4", "4"), List.of("IN_THIRD_COUNTRY", "<5", "n<5", "n<5"));
        assertThat(rows(report, "checkin-reliability")).contains(
                List.of("2025-03", "[c]", "<5", "0", "[c]"), List.of("2025-05", "0", "0", "<5", "<5"));

        var forestReport = statistics.report(forest, YEAR_2025);
        assertThat(rows(forestReport, "cases-by-stage")).contains(List.of("HIDING_IN_RUSSIA", "<5", "[c]"), List.of("total", "<5", "[c]"));
        assertThat(rows(forestReport, "checkin-reliability")).allSatisfy(r -> assertThat(r.subList(1, 5)).containsOnly("0"));
    }

    @Test
    void thePeriodDecidesWhatCounts() {
        var january = statistics.report(ark, new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)));
        assertThat(rows(january, "cases-by-stage")).contains(List.of("FIRST_CONTACT", "16", "100 %"), List.of("HIDING_IN_RUSSIA", "0", "0 %"));
        assertThat(rows(january, "time-in-stage")).contains(List.of("FIRST_CONTACT", "0", "n<5", "n<5"));
        var before = statistics.report(ark, new StatisticsPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        assertThat(before.empty()).isTrue();
    }

    @Test
    void thePageShowsTheFiguresChartsAndRuleAndSaysSoWhenThePeriodIsEmpty() throws Exception {
        String page = mvc.perform(get("/statistics").param("from", "2025-01-01").param("to", "2025-12-31").with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Cases by stage").contains("<svg").contains("aria-labelledby=\"chart-cases-by-stage-title")
                .contains("&lt;5").contains("[c]").contains("Vetting outcomes").contains("Not available yet")
                .contains("/statistics/cases-by-stage.csv?from=2025-01-01&amp;to=2025-12-31")
                .doesNotContain("statistics-empty");
        String empty = mvc.perform(get("/statistics").param("from", "2020-01-01").param("to", "2020-12-31").with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("id=\"statistics-empty\"").contains("No data in the period 2020-01-01 to 2020-12-31")
                .doesNotContain("<svg");
        var bad = mvc.perform(get("/statistics").param("from", "2025-13-01").with(ActingStaff.as(coordinator))).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("id=\"period-error\"").contains("YYYY-MM-DD");
        var reversed = mvc.perform(get("/statistics").param("from", "2025-05-01").param("to", "2025-04-01").with(ActingStaff.as(coordinator)))
                .andReturn().getResponse();
        assertThat(reversed.getStatus()).isEqualTo(400);
        assertThat(reversed.getContentAsString()).contains("The period ends before it starts.");
    }

    @Test
    void exportsCarryTheSameSuppressionAndAreAudited() throws Exception {
        var response = mvc.perform(get("/statistics/cases-by-stage.csv").param("from", "2025-01-01").param("to", "2025-12-31")
                .with(ActingStaff.as(coordinator))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("statistics-cases-by-stage-2025-01-01-2025-12-31.csv");
        String csv = response.getContentAsString();
        assertThat(csv).contains("Stats Ark").contains("2025-01-01 – 2025-12-31").contains("Hiding in Russia,8,50 %")
                .contains("Detained,<5,[c]").contains("In a third country,[c],[c]").doesNotContain("Crossing,6");
        var all = mvc.perform(get("/statistics/export.csv").param("from", "2025-01-01").param("to", "2025-12-31")
                .with(ActingStaff.as(coordinator))).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Cases by stage").contains("Check-in reliability").contains("Time spent in each stage");

        var empty = mvc.perform(get("/statistics/export.csv").param("from", "2020-01-01").param("to", "2020-12-31")
                .with(ActingStaff.as(coordinator))).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentType()).isEqualTo("application/problem+json");
        var unknown = mvc.perform(get("/statistics/nope.csv").with(ActingStaff.as(coordinator))).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);

        List<String> audited = jdbc.sql("""
                select record_id || ' ' || outcome || ' ' || detail from audit_event
                where action = 'statistics.export' and organization_id = ? order by sequence""").param(ark).query(String.class).list();
        assertThat(audited).contains("cases-by-stage SUCCESS 2025-01-01/2025-12-31, 1 table(s)", "all SUCCESS 2025-01-01/2025-12-31, 5 table(s)",
                "all FAILED no data in 2020-01-01/2020-12-31", "nope FAILED no such table");
    }

    private static List<List<String>> rows(Report report, String table) {
        SafeTable t = report.table(table).orElseThrow();
        var all = new java.util.ArrayList<>(t.rows().stream().map(SuppressionTestsSupport::row).toList());
        if (t.total() != null) {
            all.add(SuppressionTestsSupport.row(t.total()));
        }
        return all;
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
