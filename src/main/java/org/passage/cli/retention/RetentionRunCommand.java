package org.passage.cli.retention;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.cli.ApplicationCommand;
import org.passage.retention.Retention;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage retention run [--dry-run]}: erases the cases the rules say to erase (or only lists them). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Erase the cases whose retention period is over (passage.retention.keep-after-last-change), except those on legal hold.",
                "Erasing destroys a case's key: nothing of it opens again, here or in any backup; a signed deletion record is kept."})
@ApplicationCommand
public final class RetentionRunCommand implements Callable<Integer> {

    @Option(names = "--dry-run", description = "Only list the cases that would be erased; change nothing.")
    boolean dryRun;

    @Nullable Retention retention;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setRetention(Retention retention) {
        this.retention = retention;
    }

    public RetentionRunCommand() {
    }

    @Override
    public Integer call() {
        if (retention == null) {
            throw new IllegalStateException("the application context did not provide retention");
        }
        var report = retention.run(dryRun);
        for (var due : report.due()) {
            System.out.println("  " + due.caseCode() + "  org " + due.organizationId() + "  " + due.stage() + "  last change " + due.lastChange()
                    + "  " + due.rule() + (due.onHold() ? "  KEPT: legal hold" : dryRun ? "  would be erased" : "  erased"));
        }
        if (dryRun) {
            System.out.println("Dry run: " + report.due().size() + " cases due, " + (report.due().size() - report.held()) + " would be erased, "
                    + report.held() + " on legal hold. Nothing was changed.");
        } else {
            System.out.println(report.due().size() + " cases due, " + report.erased() + " erased, " + report.held() + " on legal hold; "
                    + report.resealed() + " values moved under their case's key (" + report.resealPending() + " could not be), "
                    + report.leftoverKeysDeleted() + " leftover erasure keys deleted.");
        }
        return 0;
    }
}
