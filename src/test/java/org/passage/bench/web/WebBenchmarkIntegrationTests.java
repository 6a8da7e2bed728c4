package org.passage.bench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.PassageWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code passage bench web} on a real port: sessions log in through the real steps (each from its own loopback
 * address, so the per-address login limit applies to each), walk the four pages without an error, and report
 * percentiles; the benchmark's accounts are disabled afterwards.
 */
@PassageWebTest
@AutoConfigureMockMvc
class WebBenchmarkIntegrationTests {

    @Autowired
    WebBenchmark benchmark;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void sessionsLogInWalkThePagesAndReport() throws Exception {
        var ark = organizations.findByName(WebBenchmark.ORGANIZATION).orElseGet(() -> organizations.create(WebBenchmark.ORGANIZATION));
        var coordinator = new ActingStaff(organizations, directory, jdbc).member(ark.id(), Role.COORDINATOR);
        ActingStaff.openCase(mvc, coordinator, "Ходоков Павел", "KHODOKOV PAVEL");

        var out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = benchmark.run(3, 5, 20, 1);
        } finally {
            System.setOut(console);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(report).isZero();
        assertThat(report).contains("3 sessions logged in through the real login steps").contains("| vetting page /cases/{id}/vetting |")
                .contains("Load average:").containsPattern("\\| all \\| [0-9,]+ \\| \\d+ ms \\| \\d+ ms \\| \\d+ ms").contains(", 0 errors")
                .contains("Warmed up for 1 s (not measured), 0 errors").contains("think time 20 ms").contains("ms per request");
        assertThat(jdbc.sql("select count(*) from staff where username like 'bench-web-%' and not disabled").query(Long.class).single())
                .as("the benchmark's accounts are disabled").isZero();
    }
}
