package org.passage.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.cli.DemoSeeder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The whole demo, seeded twice: daily schedules for the Ark Demo cases on the move, exactly one overdue with an alert. */
@SpringBootTest(properties = "passage.checkins.sweep-every=PT24H")
@ActiveProfiles("test")
// a context of its own (own properties): closed after the class so its connections go back to the shared server
@DirtiesContext
class DemoCheckInsIntegrationTests {

    @Autowired
    List<DemoSeeder> seeders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsSchedulesAndOneOverdueCheckInOnce() {
        String first = seedAll();
        assertThat(first).contains("Demo check-ins:");
        int schedules = count("checkin_schedules");
        assertThat(schedules).isGreaterThanOrEqualTo(3);
        assertThat(count("checkin_alerts")).isEqualTo(1);
        assertThat(jdbc.sql("""
                select c.stage from checkin_alerts a join cases c on c.id = a.case_id join organizations o on o.id = c.organization_id
                where o.name = 'Ark Demo'""").query(String.class).single()).isEqualTo("IN_THIRD_COUNTRY");

        assertThat(seedAll()).doesNotContain("Demo check-ins:");
        assertThat(count("checkin_schedules")).isEqualTo(schedules);
        assertThat(count("checkin_alerts")).isEqualTo(1);
    }

    private String seedAll() {
        var out = new ByteArrayOutputStream();
        var console = new PrintStream(out, true, StandardCharsets.UTF_8);
        seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).forEach(s -> s.seed(console));
        return out.toString(StandardCharsets.UTF_8);
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
