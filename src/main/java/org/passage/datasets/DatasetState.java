package org.passage.datasets;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where one dataset stands: its live version (null when none was loaded), the last failed update if it came after
 * that version, and whether the live version is older than the configured age. Pages show it; a page whose answers
 * rest on a missing or stale dataset names it in a banner.
 */
public record DatasetState(Dataset dataset, @Nullable DatasetVersion live, @Nullable DatasetVersion lastFailure, boolean stale) {

    public boolean missing() {
        return live == null;
    }

    /**
     * Missing, stale, or its last update failed: what a page depending on it must warn about. A failed update (a
     * download cut off, a file that did not check) leaves the previous version answering, which may be older than
     * what the publisher now lists; the reader is told so, as for a stale one.
     */
    public boolean wanting() {
        return live == null || stale || lastFailure != null;
    }

    /** Loaded, but its last update failed after that version: the answers rest on the older version. */
    public boolean updateFailed() {
        return live != null && lastFailure != null;
    }

    /** Whole days since the live version was retrieved, or -1 without one. */
    public long ageDays(Instant now) {
        return live == null ? -1 : Duration.between(live.retrievedAt(), now).toDays();
    }

    /** The one command that loads it: from the publisher when it can be fetched, else from a data folder. */
    public String command() {
        return dataset.fetchable() ? "./passage data update --only " + dataset.name()
                : "./passage data update --only " + dataset.name() + " --from DIR";
    }
}
