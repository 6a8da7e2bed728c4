package org.passage.watchlists;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One watchlist as {@code passage lists list} shows it: its live version, what that version changed, and the
 * catalogue's dataset version it came from ({@code null} for a list imported by hand).
 */
public record WatchlistSummary(String name, String format, int liveVersion, @Nullable Instant importedAt, long entities,
                               long added, long changed, long removed, String sourceName, String digest, @Nullable String datasetVersion) {

    /** The dataset version the demo's bundled excerpt records, so that the catalogue's list may replace it. */
    public static final String DEMO_EXCERPT = "demo excerpt (bundled)";

    /** Imported by an operator from a file of his own: neither the catalogue nor the demo replaces it. */
    public boolean importedByHand() {
        return datasetVersion == null;
    }
}
