package org.passage.cli.backup;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.backup.BackupRefused;
import org.passage.backup.Backups;
import org.passage.cli.ApplicationCommand;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code passage backup verify FILE}: decrypts the archive and checks every table against its manifest; changes nothing. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Decrypt an archive and check every table against its manifest. Exit code 0 when intact, 1 otherwise.")
@ApplicationCommand
public final class VerifyBackupCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    @Nullable Path file;

    @Nullable Backups backups;

    @Autowired
    void setBackups(Backups backups) {
        this.backups = backups;
    }

    public VerifyBackupCommand() {
    }

    @Override
    public Integer call() {
        if (backups == null || file == null) {
            throw new IllegalStateException("the application context did not provide backups");
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            // a mistyped name read "Backup NOT intact", which sends an operator to worry about his backups
            System.err.println("error: no file at " + file.toAbsolutePath() + ": give the archive `passage backup --to FILE` wrote."
                    + " Nothing was checked.");
            return 2;
        }
        try {
            var manifest = backups.verify(file);
            manifest.tables().forEach(t -> System.out.println("  " + t.name() + "  " + t.rows() + " rows  sha256 " + t.sha256()));
            System.out.println("Backup of " + manifest.createdAt() + " is intact: " + manifest.tables().size() + " tables, " + manifest.rows()
                    + " rows, schema of " + manifest.schema().size() + " migrations.");
            return 0;
        } catch (BackupRefused e) {
            System.out.println("Backup NOT intact: " + e.getMessage());
            return 1;
        }
    }
}
