package org.passage.crypto;

import java.util.UUID;

/** What a rotation reports as it goes; the command prints it, tests may interrupt through it. */
public interface RotationProgress {

    void note(String message);

    /** After each batch of a column: {@code done} of {@code total} values of the organization are under the new key. */
    void reencrypted(SealedColumn column, UUID organization, long done, long total, double valuesPerSecond);

    /** Progress nobody watches (an erasure moving one case's values, a scheduled run). */
    static RotationProgress silent() {
        return new RotationProgress() {
            @Override
            public void note(String message) {
            }

            @Override
            public void reencrypted(SealedColumn column, UUID organization, long done, long total, double valuesPerSecond) {
            }
        };
    }
}
