package org.passage.screening.internal.web;

import org.passage.watchlists.ListedEntity;

/**
 * What a match or search request costs the server, counted in ordinary queries: one unit is a query of up to 4 names
 * with up to 50 candidates scored (yente's default {@code limit} of 5 scores 50). A query counts one unit for each
 * started 4 of its names times each started 50 candidates its limit asks for (yente's MATCH_CANDIDATES: ten per result).
 *
 * <p>Why: the request limits counted requests, and a request could ask for 3,500 times the work of another. On the
 * demo's 23,000 entries (red27, 2 shared cores, load 5–8), 100 queries of 50 names at {@code limit=500} took 17.7 s,
 * 100 queries of one name at {@code limit=500} 2.8–4.5 s, one ordinary query 5–25 ms; an API key may send 6,000
 * requests a minute. Measured there, names cost in proportion: 10 names 2.5 times one name at 50 candidates, 50 names
 * 13 times one at 500 (hence 4 names a unit). So a request is refused past {@link #PER_REQUEST} units (400, before
 * anything is screened: yente's batch of 100 ordinary queries took 0.7–1.2 s at load 8), and the caller's allowance
 * per minute is spent in units ({@code security.ScreeningAllowance}). Pure.
 */
final class ScreeningUnits {

    /** The most one request may ask for: yente's batch of 100 queries of up to 4 names at its default limit, or 10 at limit 500. */
    static final int PER_REQUEST = 100;
    static final int NAMES_PER_UNIT = 4;
    /** A search: one name against 500 candidates, or a browse through the lists (which reads every entry a filter admits). */
    static final int SEARCH = 10;
    static final int CANDIDATES_PER_UNIT = 50;
    /** A browse reads entries: one unit per started 2,500 (the demo's 23,000 entries, a whole scan, cost {@link #SEARCH}). */
    static final int ENTRIES_PER_UNIT = 2_500;

    /** A browse that reads {@code entries}: what it reads, at most {@link #SEARCH} (a whole scan's price before postings). */
    static int browse(int entries) {
        return (int) Math.max(1, Math.min(SEARCH, started(entries, ENTRIES_PER_UNIT)));
    }

    private ScreeningUnits() {
    }

    /** One query's units, when {@code candidates} are scored for it. */
    static int of(ListedEntity query, int candidates) {
        long names = MatchRequestParser.NAME_PROPERTIES.stream().mapToLong(p -> query.properties().getOrDefault(p, java.util.List.of()).size()).sum();
        return (int) (started(Math.max(1, names), NAMES_PER_UNIT) * started(Math.max(1, candidates), CANDIDATES_PER_UNIT));
    }

    /** A batch's units. */
    static int of(MatchRequest request, int candidates) {
        return request.queries().values().stream().mapToInt(q -> of(q, candidates)).sum();
    }

    /** The caller's allowance for this minute is spent: yente has no such limit, so the answer is a plain 429 with Retry-After. */
    static final class AllowanceSpent extends RuntimeException {

        private final int retryAfterSeconds;

        AllowanceSpent(int retryAfterSeconds) {
            super("screening allowance spent", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** Spends {@code units} of the caller's allowance, or refuses the request. */
    static void spend(org.passage.security.ScreeningAllowance allowance, int units) {
        if (!allowance.spend(units)) {
            throw new AllowanceSpent(allowance.retryAfterSeconds());
        }
    }

    private static long started(long count, int per) {
        return (count + per - 1) / per;
    }
}
