package org.passage.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.passage.backup.BackupManifest;
import org.passage.backup.Backups;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code passage backup verify FILE} and {@code passage restore --from FILE} given a name that is no file (a typo):
 * said so, and nothing is asked of the backups. It read "Backup NOT intact", which sent an operator to doubt his backups.
 */
@ExtendWith(OutputCaptureExtension.class)
class BackupFileCommandsTests {

    @TempDir
    Path folder;

    final AtomicInteger asked = new AtomicInteger();

    final Backups untouched = new Backups() {
        @Override
        public Written write(Path to) {
            asked.incrementAndGet();
            throw new AssertionError();
        }

        @Override
        public BackupManifest verify(Path archive) {
            asked.incrementAndGet();
            throw new AssertionError();
        }

        @Override
        public Restored restore(Path archive) {
            asked.incrementAndGet();
            throw new AssertionError();
        }
    };

    @Test
    void aMistypedArchiveIsNamedAsMissingNotAsDamaged(CapturedOutput output) {
        var verify = new VerifyBackupCommand();
        verify.setBackups(untouched);
        verify.file = folder.resolve("passage-2026-12-07.pgz");
        assertThat(verify.call()).isEqualTo(2);
        assertThat(output.getErr()).contains("error: no file at " + folder.resolve("passage-2026-12-07.pgz"));
        assertThat(output.toString()).doesNotContain("NOT intact");

        var restore = new RestoreCommand();
        restore.setBackups(untouched);
        restore.from = folder;
        assertThat(restore.call()).as("a folder is no archive").isEqualTo(2);
        assertThat(output.getErr()).contains("Nothing was restored.");
        assertThat(asked).hasValue(0);
    }
}
