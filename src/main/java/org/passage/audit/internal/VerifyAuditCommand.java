package org.passage.audit.internal;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.cli.ApplicationCommand;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;

/** {@code passage audit verify}: exit 0 when the chain is intact, 1 with each problem named otherwise. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recompute the audit chain and name every edited, deleted or reordered event. Exit code 0 when intact, 1 otherwise.")
@ApplicationCommand
public final class VerifyAuditCommand implements Callable<Integer> {

    @Autowired
    @Nullable AuditVerification verification;

    @Override
    public Integer call() {
        if (verification == null) {
            throw new IllegalStateException("the application context did not provide the audit verification");
        }
        ChainReport report = verification.verify();
        report.problems().forEach(problem -> System.out.println("  " + problem.description()));
        System.out.println(report.summary());
        return report.intact() ? 0 : 1;
    }
}
