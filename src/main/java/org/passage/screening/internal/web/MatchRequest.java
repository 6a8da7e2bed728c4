package org.passage.screening.internal.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.ListedEntity;

/**
 * A parsed yente-style match request: the queries by their key (in request order), the optional threshold
 * and limit given in the body (query parameters win, as in yente), and yente's {@code weights} and {@code config}
 * for the scoring algorithm (checked against the algorithm by {@link MatchApi}, never silently dropped).
 */
record MatchRequest(Map<String, ListedEntity> queries, @Nullable Double threshold, @Nullable Integer limit,
                    Map<String, Double> weights, Map<String, String> config) {

    MatchRequest(Map<String, ListedEntity> queries, @Nullable Double threshold, @Nullable Integer limit) {
        this(queries, threshold, limit, Map.of(), Map.of());
    }

    @Override
    public String toString() {
        return "MatchRequest[" + queries.size() + " queries, names redacted]";
    }
}
