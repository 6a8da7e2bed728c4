package org.passage.cli.audit;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditVerification;
import org.passage.audit.ChainReport;
import org.passage.audit.NotedHead;
import org.passage.cli.ApplicationCommand;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage audit verify}: exit 0 when the chain is intact, 1 with each problem named otherwise. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recompute the audit chain and name every edited, deleted or reordered event. Exit code 0 when intact, 1 otherwise.")
@ApplicationCommand
public final class VerifyAuditCommand implements Callable<Integer> {

    @Option(names = "--expect-head", paramLabel = "SEQUENCE:HASH",
            description = "A chain head noted earlier from a summary line (e.g. 1234:c4897a0d56650a3c): also detects events deleted from the end.")
    @Nullable String expectHead;

    @Nullable AuditVerification verification;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setVerification(AuditVerification verification) {
        this.verification = verification;
    }

    /** For picocli, which injects the verification once the application has started. */
    public VerifyAuditCommand() {
    }

    /** For a caller that has the verification already (a test). */
    public VerifyAuditCommand(AuditVerification verification) {
        this.verification = verification;
    }

    @Override
    public Integer call() {
        if (verification == null) {
            throw new IllegalStateException("the application context did not provide the audit verification");
        }
        NotedHead noted;
        try {
            noted = expectHead == null ? null : NotedHead.parse(expectHead);
        } catch (IllegalArgumentException e) {
            System.err.println("--expect-head: " + e.getMessage());
            return 2;
        }
        ChainReport report = verification.verify(noted);
        report.problems().forEach(problem -> System.out.println("  " + problem.description()));
        System.out.println(report.summary());
        return report.intact() ? 0 : 1;
    }
}
