package org.passage.cli.keys;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.cli.ApplicationCommand;
import org.passage.crypto.KeyRotation;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passage keys rotate}: rotates the master key and/or every organization's data key while the
 * application keeps serving, printing progress. Safe to interrupt and run again: it resumes.
 */
@Command(name = "rotate", mixinStandardHelpOptions = true,
        description = {"Rotate the master key (re-wrap every organization's keysets) and the data keys (re-encrypt every sealed column).",
                "Without --master or --data-keys both are rotated. Interrupted? Run it again: it resumes."})
@ApplicationCommand
public final class RotateKeysCommand implements Callable<Integer> {

    @Option(names = "--master", description = "Rotate the master key.")
    boolean masterOnly;

    @Option(names = "--data-keys", description = "Rotate the organizations' data keys.")
    boolean dataOnly;

    @Option(names = "--organization", description = "Only this organization's data key (uuid).")
    @Nullable UUID organization;

    @Option(names = "--reencrypt-only", description = "Add no key; re-encrypt values not yet under the current primary key.")
    boolean reencryptOnly;

    @Option(names = "--retire-old-keys", description = {"After re-encrypting, remove the organizations' old data keys",
            "(waits until running servers use the new key; refused while any value is not under it)."})
    boolean retireOldKeys;

    @Option(names = "--batch-size", defaultValue = "200", description = "Values per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Nullable KeyRotation rotation;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setRotation(KeyRotation rotation) {
        this.rotation = rotation;
    }

    /** For picocli, which injects the rotation once the application has started. */
    public RotateKeysCommand() {
    }

    /** For a caller that has the rotation already (a test). */
    public RotateKeysCommand(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public Integer call() {
        if (rotation == null) {
            throw new IllegalStateException("the application context did not provide the key rotation");
        }
        if (batchSize < 1 || batchSize > 10_000) {
            System.err.println("--batch-size must be between 1 and 10000");
            return 2;
        }
        PrintStream out = System.out;
        var progress = new PrintedProgress(out);
        boolean both = !masterOnly && !dataOnly;
        if (both && !rotation.masterKeyIsReplaceable()) {
            out.println("Master key: it comes from PASSAGE_MASTER_KEY, so it is not rotated here (see --master).");
        } else if ((both || masterOnly) && organization == null && !reencryptOnly) {
            rotation.rotateMaster(progress);
        }
        int problems = 0;
        if (both || dataOnly) {
            out.println("Sealed columns: " + rotation.columns().stream().map(c -> c.table() + "." + c.column()).toList());
            List<UUID> organizations = organization == null ? rotation.organizations() : List.of(organization);
            for (UUID each : organizations) {
                var rotated = rotation.rotateDataKey(each, !reencryptOnly, batchSize, progress);
                if (rotated.unreadable() > 0) {
                    problems++;
                    out.println("  " + rotated.unreadable() + " values of organization " + each + " did not open and were left as they were");
                } else if (retireOldKeys) {
                    rotation.retireOldDataKeys(each, progress);
                }
            }
            out.println("Data keys: " + organizations.size() + " organizations done");
        }
        out.println(problems == 0 ? "Key rotation finished." : "Key rotation finished with " + problems + " organizations holding unreadable values.");
        return problems == 0 ? 0 : 1;
    }

    /** One line per batch: table.column, organization, done/total, percent, rate. */
    record PrintedProgress(PrintStream out) implements RotationProgress {

        @Override
        public void note(String message) {
            out.println(message);
        }

        @Override
        public void reencrypted(SealedColumn column, UUID organization, long done, long total, double valuesPerSecond) {
            double percent = total == 0 ? 100 : 100.0 * done / total;
            out.println(String.format(Locale.ROOT, "  %s.%s  org %s  %d/%d (%.1f%%)  %.0f values/s",
                    column.table(), column.column(), organization, done, total, percent, valuesPerSecond));
        }
    }
}
