package org.passage.cli.keys;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.cli.ApplicationCommand;
import org.passage.crypto.CaseKeys;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passage keys seal-by-case}: moves the values of case columns still sealed under an organization's key (data from
 * before per-case keys) under their case's own key, printing progress. Safe to kill and run again: it resumes.
 */
@Command(name = "seal-by-case", mixinStandardHelpOptions = true,
        description = {"Move case data sealed under an organization's key under its case's own key (needed for erasure to reach backups).",
                "Interrupted? Run it again: values already moved are skipped. The retention run does this too."})
@ApplicationCommand
public final class SealByCaseCommand implements Callable<Integer> {

    @Option(names = "--batch-size", defaultValue = "200", description = "Values per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Nullable CaseKeys caseKeys;

    @Autowired
    void setCaseKeys(CaseKeys caseKeys) {
        this.caseKeys = caseKeys;
    }

    public SealByCaseCommand() {
    }

    @Override
    public Integer call() {
        if (caseKeys == null) {
            throw new IllegalStateException("the application context did not provide the case keys");
        }
        if (batchSize < 1 || batchSize > 10_000) {
            System.err.println("--batch-size must be between 1 and 10000");
            return 2;
        }
        var outcome = caseKeys.sealByCase(null, batchSize, new RotationProgress() {
            @Override
            public void note(String message) {
                System.out.println(message);
            }

            @Override
            public void reencrypted(SealedColumn column, UUID organization, long done, long total, double rate) {
                System.out.println(String.format(Locale.ROOT, "  %s.%s  %d/%d (%.1f%%)  %.0f values/s", column.table(), column.column(), done, total,
                        total == 0 ? 100 : 100.0 * done / total, rate));
            }
        });
        System.out.println(outcome.resealed() + " values moved under their case's key; " + outcome.unreadable() + " did not open; "
                + outcome.remaining() + " left under an organization's key.");
        return outcome.remaining() == 0 ? 0 : 1;
    }
}
