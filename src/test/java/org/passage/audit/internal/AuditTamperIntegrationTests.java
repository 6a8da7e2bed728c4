package org.passage.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.support.PassageIntegrationTest;
import org.passage.audit.AuditVerification;
import org.passage.cli.audit.VerifyAuditCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * The audit tamper test of the issue: rows are edited, deleted and swapped directly in SQL, the append-only
 * trigger disabled first as a superuser would, and {@code passage audit verify} names each change.
 */
@PassageIntegrationTest
class AuditTamperIntegrationTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerification verification;
    @Autowired
    JdbcClient jdbc;

    @Test
    void verifyNamesEveryEditDeletionAndSwap() {
        long base = jdbc.sql("select sequence from audit_chain_head").query(Long.class).single();
        UUID organization = UUID.randomUUID();
        for (int i = 1; i <= 40; i++) {
            var event = AuditEvent.of("case.read", "case", "case-" + i, organization);
            trail.record(i % 7 == 0 ? event.denied("not assigned") : event);
        }
        var intact = run();
        assertThat(intact.exit).isZero(); // intact so far (the verification appends its own event)
        var notedHead = java.util.regex.Pattern.compile("chain head (\\d+:[0-9a-f]{16})").matcher(intact.output);
        assertThat(notedHead.find()).isTrue();
        long e17 = base + 17;
        long e20 = base + 20;
        long e22 = base + 22;
        long e30 = base + 30;
        long e31 = base + 31;

        jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
        jdbc.sql("update audit_event set record_id = 'case-999' where sequence = ?").param(e17).update();
        jdbc.sql("delete from audit_event where sequence between ? and ?").params(e20, e22).update();
        jdbc.sql("update audit_event set sequence = 999999999 where sequence = ?").param(e30).update();
        jdbc.sql("update audit_event set sequence = ? where sequence = ?").params(e30, e31).update();
        jdbc.sql("update audit_event set sequence = ? where sequence = 999999999").param(e31).update();
        // the end of the trail goes too, and the chain head is set back to hide it
        jdbc.sql("delete from audit_event where sequence > ?").param(base + 38).update();
        jdbc.sql("alter table audit_chain_head disable trigger audit_chain_head_forward").update();
        jdbc.sql("update audit_chain_head set sequence = ?, hash = (select hash from audit_event where sequence = ?)").params(base + 38, base + 38).update();
        jdbc.sql("alter table audit_chain_head enable trigger audit_chain_head_forward").update();
        jdbc.sql("alter table audit_event enable trigger audit_event_append_only").update();

        var result = run("--expect-head", notedHead.group(1));

        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).containsSubsequence(
                "event " + e17 + " was edited",
                "events " + e20 + "–" + e22 + " were deleted",
                "events " + e30 + " and " + e31 + " were swapped",
                "events " + (base + 39) + "–" + (base + 40) + " were deleted (the end of the chain, found against the noted head)",
                "Audit trail TAMPERED: 4 problems");
        assertThat(jdbc.sql("select outcome from audit_event where action = 'audit.verify' order by sequence desc limit 1")
                .query(String.class).single()).isEqualTo("FAILED");
    }

    private record Result(int exit, String output) {
    }

    private Result run(String... arguments) {
        var command = new VerifyAuditCommand(verification);
        var printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(command).execute(arguments);
            return new Result(exit, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
