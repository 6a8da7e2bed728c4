package org.passage.cli.backup;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.backup.BackupRefused;
import org.passage.backup.Backups;
import org.passage.cli.ApplicationCommand;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage restore --from FILE}: brings an archive back into an empty installation (the keys directory copied first). */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore an archive into this installation, which must be empty and of the same schema version; all or nothing.",
                "Copy the keys directory of the installation that made the backup into this one's keys directory (passage.keys-dir, PASSAGE_KEYS_DIR) first."})
@ApplicationCommand
public final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The archive.")
    @Nullable Path from;

    @Nullable Backups backups;

    @Autowired
    void setBackups(Backups backups) {
        this.backups = backups;
    }

    public RestoreCommand() {
    }

    @Override
    public Integer call() {
        if (backups == null || from == null) {
            throw new IllegalStateException("the application context did not provide backups");
        }
        if (!java.nio.file.Files.isRegularFile(from)) {
            System.err.println("error: no file at " + from.toAbsolutePath() + ": give the archive `passage backup --to FILE` wrote."
                    + " Nothing was restored.");
            return 2;
        }
        try {
            var restored = backups.restore(from);
            System.out.println("Restored the backup of " + restored.manifest().createdAt() + ": " + restored.manifest().tables().size() + " tables, "
                    + restored.manifest().rows() + " rows in " + restored.millis() + " ms. Run `passage audit verify` to check the audit trail.");
            return 0;
        } catch (BackupRefused e) {
            System.err.println("Restore refused: " + e.getMessage());
            return 1;
        }
    }
}
