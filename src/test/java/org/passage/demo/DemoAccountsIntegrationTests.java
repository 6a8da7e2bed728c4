package org.passage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo seeder creates its three organizations and their accounts once, printing one-time passwords only then.
 * It has a context (and so a database) of its own: demo usernames are unique in the installation.
 */
@PassageIntegrationTest(properties = "passage.test.isolated=demo-accounts")
@org.springframework.test.context.event.RecordApplicationEvents
class DemoAccountsIntegrationTests {

    @Autowired
    java.util.List<DemoSeeder> seeders;
    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    DemoAccounts demo;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Organizations organizations;

    @Test
    void seedsOnceAndPrintsWorkingOneTimePasswordsOnlyThen() {
        // each write to the console, as a log line from another thread could come between two of them
        var writes = new java.util.ArrayList<String>();
        var console = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                writes.add(String.valueOf((char) b));
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(new String(b, off, len, StandardCharsets.UTF_8));
            }
        };
        demo.seed(new PrintStream(console, true, StandardCharsets.UTF_8));
        String first = String.join("", writes);
        assertThat(writes).as("the heading and every login in one write: no log line can fall between them")
                .anyMatch(w -> w.contains("Demo logins") && w.contains("sysadmin ") && w.contains("birch.caseworker "));
        var ark = organizations.findByName(DemoAccounts.ARK).orElseThrow();
        var forest = organizations.findByName(DemoAccounts.FOREST).orElseThrow();
        assertThat(staff.inOrganization(ark.id())).extracting(m -> m.username().value()).containsExactlyInAnyOrder(
                "coordinator", "caseworker", "caseworker2", "analyst", "analyst2", "lawyer", "auditor", "orgadmin");
        assertThat(staff.inOrganization(forest.id())).extracting(m -> m.username().value()).containsExactlyInAnyOrder("forest.caseworker", "forest.coordinator");
        var sysadmin = staff.findByUsername("sysadmin").orElseThrow();
        assertThat(sysadmin.organizationId()).isNull();
        assertThat(sysadmin.roles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(sysadmin.displayName()).isEqualTo("Sam System");

        var line = first.lines().filter(l -> l.strip().startsWith("caseworker2 ")).findFirst().orElseThrow();
        String oneTime = line.strip().split("\\s+")[1];
        // that the printed password opens the account is security's to test (StaffAccounts, LoginIntegrationTests)
        assertThat(oneTime).hasSizeGreaterThanOrEqualTo(12);

        String second = run();
        assertThat(second).doesNotContain(oneTime).contains("exist already");
        assertThat(organizations.all()).filteredOn(o -> o.name().equals(DemoAccounts.ARK) || o.name().equals(DemoAccounts.FOREST))
                .hasSize(2);

        // the crowd's namesakes of sanctioned people are opened as any case is, so screening screens them when opened:
        // the demo loads its lists before its cases, and /screening/alerts, which the console points to, was empty
        var crowd = seeders.stream().filter(s -> s.step() == DemoData.CROWD).findFirst().orElseThrow();
        crowd.seed(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(events.stream(org.passage.cases.CaseOpened.class)).hasSizeGreaterThanOrEqualTo(2);
    }

    private String run() {
        var out = new ByteArrayOutputStream();
        demo.seed(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
