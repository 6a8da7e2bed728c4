package org.passage.crypto;

import java.util.List;
import java.util.UUID;

/**
 * Rotating the key hierarchy while the application keeps serving, for an operator ({@code passage keys rotate}):
 * the master key re-wraps every organization's keysets; a data key rotation adds a new primary key and
 * re-encrypts every sealed column. Every step is audited and safe to interrupt and run again.
 */
public interface KeyRotation {

    /** How a data key rotation ended for one organization. */
    record DataKeyRotated(UUID organization, int primaryKeyId, boolean resumed, long reencrypted, long unreadable, long remaining) {
    }

    List<UUID> organizations();

    List<SealedColumn> columns();

    /** False when the master key comes from the environment (PASSAGE_MASTER_KEY), which only its owner can replace. */
    boolean masterKeyIsReplaceable();

    int rotateMaster(RotationProgress progress);

    DataKeyRotated rotateDataKey(UUID organization, boolean newKey, int batchSize, RotationProgress progress);

    /** Removes an organization's old data keys once running servers use the new one; refused while any value is not under it. */
    int retireOldDataKeys(UUID organization, RotationProgress progress);
}
