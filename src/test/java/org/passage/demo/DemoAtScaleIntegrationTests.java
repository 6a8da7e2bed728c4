package org.passage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passage.crypto.KeyRotation;
import org.passage.crypto.SealedColumn;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.passage.organizations.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo at real scale: about 500 cases over two years in three organizations, with journeys, check-ins (some
 * missed, some under duress) and vettings; every account the console names can do there what the console says;
 * and running the demo again changes nothing. A context (and so a database) of its own: the demo's usernames are
 * unique in the installation.
 */
@PassageIntegrationTest(properties = "passage.test.isolated=demo-at-scale")
class DemoAtScaleIntegrationTests {

    private static final List<String> TABLES = List.of("organizations", "staff", "cases", "case_assignments", "journey_stage_changes",
            "journey_locations", "checkin_schedules", "checkin_alerts", "vetting_decisions", "watchlist_versions", "referrals");

    @Autowired
    List<DemoSeeder> seeders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    MockMvc mvc;

    /** The first byte of a value sealed under a case's key ('C'). */
    private static final int CASE_MARK = 0x43;

    @Autowired
    KeyRotation rotation;

    private static String firstConsole;
    private static long seconds;

    @Test
    void seedsAbout500CasesOverTwoYearsAndASecondRunChangesNothing() {
        String first = firstRun();
        Map<String, Integer> counts = counts();

        assertThat(first).contains("Demo crowd: 500 invented people (seed 14)");
        assertThat(counts.get("cases")).isBetween(500, 520);
        assertThat(jdbc.sql("""
                select count(*) from referrals r join organizations o on o.id = r.to_organization_id
                where o.name = 'Forest Demo' and r.status = 'PENDING'""").query(Integer.class).single()).isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("select count(distinct organization_id) from cases").query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select extract(day from max(opened_at) - min(opened_at)) from cases").query(Integer.class).single())
                .isGreaterThan(600);
        assertThat(jdbc.sql("select count(distinct stage) from cases").query(Integer.class).single()).isGreaterThanOrEqualTo(10);
        assertThat(counts.get("journey_stage_changes")).isGreaterThan(1000);
        assertThat(jdbc.sql("select count(*) from checkin_alerts where kind = 'DURESS'").query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from checkin_alerts where kind = 'MISSED'").query(Integer.class).single()).isGreaterThan(1);
        assertThat(first).contains("Demo sanctions list: only 60 OFAC entries").contains("is missing")
                .contains("log in as analyst2").contains("log in as lawyer").contains("log in as coordinator");
        assertThat(seconds).as("seeding the demo at scale takes seconds").isLessThan(90);

        String second = seed();
        assertThat(counts()).isEqualTo(counts);
        assertThat(second).doesNotContain("Demo crowd:").doesNotContain("Demo cases:").contains("exist already");
    }

    @Test
    void everyAccountTheConsoleNamesReachesThePageItIsSentTo() throws Exception {
        firstRun();
        String vettingCase = jdbc.sql("""
                select c.id::text from cases c join vetting_decisions d on d.case_id = c.id where d.state = 'PROPOSED'""")
                .query(String.class).list().getFirst();
        String visaCase = jdbc.sql("select c.id::text from cases c join vetting_decisions d on d.case_id = c.id where d.state = 'CONFIRMED'")
                .query(String.class).list().getFirst();

        // "log in as analyst2 to confirm it": he works on the case and sees the review form
        String vetting = page("analyst2", "/cases/" + vettingCase + "/vetting");
        assertThat(vetting).contains("id=\"review-form\"");
        // "log in as lawyer to export its dossier", of the case the console names (of his twenty at the visa stage)
        assertThat(page("lawyer", "/cases/" + visaCase)).contains("dossier-form");
        String visaCode = jdbc.sql("select code from cases where id = ?::uuid").param(visaCase).query(String.class).single();
        assertThat(firstRun()).contains("Demo vetting: the case at the visa stage " + visaCode + " has a confirmed decision");
        // "log in as coordinator: /checkins"
        assertThat(page("coordinator", "/checkins")).contains("missed check-in");
        // the partner organization has a coordinator, who answers referrals
        assertThat(page("forest.coordinator", "/referrals/incoming")).contains("id=\"incoming-referrals\"").contains("Ark Demo");
        page("birch.coordinator", "/cases");
        page("auditor", "/audit");
        page("caseworker", "/cases");
    }

    /** The console of the first run (either test may come first; the demo is seeded once for both). */
    @Test
    void everyValueOfACaseTheDemoWroteIsSealedUnderThatCasesKey() {
        firstRun();
        // erasing a case destroys its key: a value of the case sealed under the organization's key would outlive it
        Map<String, Long> underAnotherKey = new LinkedHashMap<>();
        for (SealedColumn column : rotation.columns()) {
            if (column.caseColumn() == null) {
                continue;
            }
            long count = jdbc.sql("select count(*) from " + column.table() + " where " + column.column() + " is not null and "
                    + column.caseColumn() + " is not null and get_byte(" + column.column() + ", 0) <> " + CASE_MARK).query(Long.class).single();
            if (count > 0) {
                underAnotherKey.put(column.table() + "." + column.column(), count);
            }
        }
        assertThat(underAnotherKey).isEmpty();
        assertThat(jdbc.sql("select count(*) from vetting_decisions where review_reason is not null").query(Long.class).single())
                .as("the demo writes what the check covers").isPositive();
    }

    private synchronized String firstRun() {
        if (firstConsole == null) {
            long started = System.nanoTime();
            firstConsole = seed();
            seconds = (System.nanoTime() - started) / 1_000_000_000L;
        }
        return firstConsole;
    }

    private String page(String username, String path) throws Exception {
        var member = staff.findByUsername(username).orElseThrow();
        return mvc.perform(get(path).param("lang", "en").with(ActingStaff.as(member))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String seed() {
        var out = new ByteArrayOutputStream();
        DemoSeeder.seedAll(seeders, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Integer.class).single());
        }
        return counts;
    }
}
