package org.passage.watchlists;

import java.time.Instant;

/**
 * A new version of a watchlist went live (published inside the importing transaction, so listeners run after
 * it committed): screening rebuilds its index and re-screens open cases.
 */
public record WatchlistVersionActivated(String list, int version, long added, long changed, long removed, Instant activatedAt) {

    /** The database notification channel on which other nodes hear of a new live version (payload {@code list:version}). */
    public static final String CHANNEL = "watchlist_versions";
}
