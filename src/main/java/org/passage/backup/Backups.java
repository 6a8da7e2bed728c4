package org.passage.backup;

import java.nio.file.Path;

/**
 * {@code passage backup}, {@code passage backup verify} and {@code passage restore}. The archive is encrypted with the
 * installation's backup key ({@code <keys-dir>/backup-keyset.json}): without the keys directory it is unreadable,
 * and so is every erased case in it even with the keys (its erasure key is gone).
 */
public interface Backups {

    /** What was written: the file's size and manifest. */
    record Written(Path file, long bytes, BackupManifest manifest) {
    }

    /** What was restored. */
    record Restored(BackupManifest manifest, long millis) {
    }

    /** Writes the whole database, in one consistent snapshot, to {@code to} (refused if it exists). */
    Written write(Path to);

    /** Decrypts and checks every table against the manifest; {@link BackupRefused} naming what is wrong. */
    BackupManifest verify(Path from);

    /** Verifies, then restores into this installation, which must be empty and of the same schema; all or nothing. */
    Restored restore(Path from);
}
