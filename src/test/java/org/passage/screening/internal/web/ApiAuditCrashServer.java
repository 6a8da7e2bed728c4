package org.passage.screening.internal.web;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.passage.PassageApplication;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.audit.AuditVerification;
import org.passage.organizations.Organizations;
import org.passage.security.ApiKeys;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The other JVM of {@link ApiAuditCrashIntegrationTests}: {@code serve DIR} starts Passage on a data folder with a
 * fresh organization and API key, prints {@code PORT}, {@code KEY} and {@code KEY-ID} and serves until it is killed;
 * {@code count DIR KEY-ID} starts Passage again on the same folder (no web server), prints how many
 * {@code screening.match} events that key has in the audit trail, how many changes were audited meanwhile, and whether
 * the chain verifies, and exits. While it serves, changes are audited in transactions of their own all the time, as
 * staff at work would: they append under the chain head's lock between the API's one-statement groups, so the kill
 * also finds both ways of appending at work.
 */
public final class ApiAuditCrashServer {

    static final String ORGANIZATION = "Crash test";

    private ApiAuditCrashServer() {
    }

    public static void main(String[] args) throws Exception {
        var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean serve = args[0].equals("serve");
        var app = new SpringApplication(PassageApplication.class);
        app.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        String dir = args[1];
        ConfigurableApplicationContext context = app.run("--spring.profiles.active=test", "--passage.data-dir=" + dir,
                "--passage.db.embedded.home=" + dir + "/pg", "--passage.db.embedded.fresh-database=false",
                "--passage.intake.organization=" + ORGANIZATION, "--server.port=0", "--server.address=127.0.0.1",
                "--logging.level.root=WARN");
        if (serve) {
            Organizations organizations = context.getBean(Organizations.class);
            var org = organizations.findByName(ORGANIZATION).orElseGet(() -> organizations.create(ORGANIZATION));
            var key = context.getBean(ApiKeys.class).create(org.id(), null, "crash test", 1);
            out.println("PORT " + context.getEnvironment().getRequiredProperty("local.server.port"));
            out.println("KEY-ID " + key.id());
            out.println("KEY " + key.secret());
            var changes = new TransactionTemplate(
                    context.getBean(PlatformTransactionManager.class));
            var audit = context.getBean(AuditTrail.class);
            Thread.ofPlatform().daemon().start(() -> {
                for (int i = 0; ; i++) {
                    var change = new AuditEvent("test.crash-change", "test", "crash", org.id(),
                            AuditEvent.Outcome.SUCCESS, "change " + i);
                    changes.executeWithoutResult(status -> audit.record(change));
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            Thread.currentThread().join(); // until SIGKILL
        } else {
            UUID keyId = UUID.fromString(args[2]);
            long events = context.getBean(JdbcClient.class)
                    .sql("select count(*) from audit_event where action = 'screening.match' and actor like ?")
                    .param("%" + keyId + "%").query(Long.class).single();
            var report = context.getBean(AuditVerification.class).verify();
            long changes = context.getBean(JdbcClient.class).sql("select count(*) from audit_event where action = 'test.crash-change'")
                    .query(Long.class).single();
            out.println("EVENTS " + events);
            out.println("CHANGES " + changes);
            out.println("CHAIN " + (report.problems().isEmpty() ? "OK" : report.summary()));
            context.close();
            System.exit(0);
        }
    }
}
