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

    /** Missing or stale: what a page depending on it must warn about. */
    public boolean wanting() {
        return live == null || stale;
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
