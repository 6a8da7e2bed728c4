package org.passage.screening.internal.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.ListedEntity;

/**
 * A parsed yente-style match request: the queries by their key (in request order), and the optional threshold
 * and limit given in the body (query parameters win, as in yente).
 */
record MatchRequest(Map<String, ListedEntity> queries, @Nullable Double threshold, @Nullable Integer limit) {

    @Override
    public String toString() {
        return "MatchRequest[" + queries.size() + " queries, names redacted]";
    }
}
