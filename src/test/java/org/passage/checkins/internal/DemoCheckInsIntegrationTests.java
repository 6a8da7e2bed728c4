package org.passage.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.test.web.servlet.MockMvc;
import org.passage.demo.DemoSeeder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/** The whole demo, seeded twice: daily schedules for the Ark Demo cases on the move, exactly one overdue with an alert. */
@PassageIntegrationTest(properties = "passage.checkins.sweep-every=PT24H")
// a context of its own (own properties): closed after the class so its connections go back to the shared server
@DirtiesContext
class DemoCheckInsIntegrationTests {

    @Autowired
    List<DemoSeeder> seeders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    StaffDirectory staff;

    @Test
    void seedsSchedulesSomeOverdueAndDuressCheckInsOnce() throws Exception {
        String first = seedAll();
        assertThat(first).contains("Demo check-ins:");
        int schedules = count("checkin_schedules");
        assertThat(schedules).isGreaterThanOrEqualTo(3);
        int alerts = count("checkin_alerts");
        // some missed check-ins, all of people in a third country, and a duress signal or two among the demo crowd
        assertThat(jdbc.sql("""
                select c.stage from checkin_alerts a join cases c on c.id = a.case_id join organizations o on o.id = c.organization_id
                where o.name = 'Ark Demo' and a.kind = 'MISSED'""").query(String.class).list()).hasSizeGreaterThan(1)
                .containsOnly("IN_THIRD_COUNTRY");
        assertThat(jdbc.sql("select count(*) from checkin_alerts where kind = 'DURESS'").query(Integer.class).single()).isPositive();

        // the board shows where the overdue person is (journeys' demo data) and that country's risk
        var coordinator = staff.findByUsername("coordinator").orElseThrow();
        String board = mvc.perform(get("/checkins").param("lang", "en").with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(board).contains("missed check-in").containsPattern("class=\"where\">\\s*<span>[A-Z][a-z]+ since \\d{4}-\\d{2}-\\d{2}</span>")
                .containsPattern("class=\"badge risk-(LOW|ELEVATED|HIGH|SEVERE)\"");
        // whom an alert reached, in words: the column read "2 · coordinator", a bare number before the role (walk27)
        assertThat(board).containsPattern("class=\"level\">\\s*<span>(caseworker|coordinator|on-call) \\(step [123] of the escalation\\)</span>")
                .doesNotContainPattern("class=\"level\">\\s*<span>\\d · ");

        assertThat(seedAll()).doesNotContain("Demo check-ins:");
        assertThat(count("checkin_schedules")).isEqualTo(schedules);
        assertThat(count("checkin_alerts")).isEqualTo(alerts);
    }

    private String seedAll() {
        var out = new ByteArrayOutputStream();
        var console = new PrintStream(out, true, StandardCharsets.UTF_8);
        DemoSeeder.seedAll(seeders, console);
        return out.toString(StandardCharsets.UTF_8);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
