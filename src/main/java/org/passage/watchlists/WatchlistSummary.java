package org.passage.watchlists;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One watchlist as {@code passage lists list} shows it: its live version and what that version changed. */
public record WatchlistSummary(String name, String format, int liveVersion, @Nullable Instant importedAt, long entities,
                               long added, long changed, long removed, String sourceName, String digest) {
}
