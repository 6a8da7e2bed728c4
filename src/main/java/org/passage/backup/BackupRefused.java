package org.passage.backup;

/** An archive that cannot be trusted or restored here: the message says why (tampered, wrong key, other schema, not empty). */
public final class BackupRefused extends RuntimeException {

    public BackupRefused(String message) {
        super(message);
    }

    public BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
