package org.passage.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.reports.StatisticsPeriod;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics on PostgreSQL: the invented cases of {@link StatisticsFixture} in two organizations. Each organization sees only its own figures, suppressed; the
 * period decides what counts; an empty period says so and exports nothing; every export is audited.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIntegrationTests {

    private static final StatisticsPeriod YEAR_2025 = new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired
    MockMvc mvc;
    @Autowired
    Statistics statistics;
    @Autowired
    Cases cases;
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
        var fixture = new StatisticsFixture(cases, jdbc);
        fixture.seedArk(ark);
        fixture.seedForest(forest);
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
                .contains("&lt;5").contains("[c]").contains("Vetting outcomes").contains("Referrals").doesNotContain("Not available yet")
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
        assertThat(audited).contains("cases-by-stage SUCCESS 2025-01-01/2025-12-31, 1 table(s)", "all SUCCESS 2025-01-01/2025-12-31, 9 table(s)",
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
}
