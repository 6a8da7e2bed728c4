package org.passage.cli.backup;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.backup.BackupRefused;
import org.passage.backup.Backups;
import org.passage.cli.ApplicationCommand;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage backup --to FILE}: one encrypted archive of the whole database; the key stays in the keys directory. */
@Command(name = "backup", mixinStandardHelpOptions = true, subcommands = VerifyBackupCommand.class,
        description = {"Write the whole database to one encrypted, verifiable archive (never overwrites a file).",
                "It is encrypted with backup-keyset.json in the keys directory (passage.keys-dir), which is never inside it: keep the keys directory on other media."})
@ApplicationCommand
public final class BackupCommand implements Callable<Integer> {

    @Option(names = "--to", paramLabel = "FILE", description = "Where to write the archive (required unless a subcommand is given).")
    @Nullable Path to;

    @Nullable Backups backups;

    @Autowired
    void setBackups(Backups backups) {
        this.backups = backups;
    }

    public BackupCommand() {
    }

    @Override
    public Integer call() {
        if (backups == null) {
            throw new IllegalStateException("the application context did not provide backups");
        }
        if (to == null) {
            System.err.println("Missing --to FILE: where to write the archive (or: passage backup verify FILE)");
            return 2;
        }
        try {
            long started = System.nanoTime();
            var written = backups.write(to);
            System.out.println(String.format(Locale.ROOT, "Backup written to %s: %d tables, %d rows, %,d bytes in %.1f s.", written.file(),
                    written.manifest().tables().size(), written.manifest().rows(), written.bytes(), (System.nanoTime() - started) / 1e9));
            return 0;
        } catch (BackupRefused e) {
            System.err.println("Backup refused: " + e.getMessage());
            return 1;
        }
    }
}
