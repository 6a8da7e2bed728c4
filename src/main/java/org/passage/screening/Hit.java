package org.passage.screening;

import java.util.List;
import java.util.Objects;

/**
 * A listed entity that resembles the query: its score in [0, 1], whether it counts as a match at the
 * screening threshold (the {@code match} flag of yente's API), and the features that explain the score.
 */
public record Hit(String entityId, String schema, String caption, String dataset, double score, boolean match, List<Feature> features) {

    public Hit {
        Objects.requireNonNull(entityId, "entityId");
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be in [0, 1]");
        }
        // an explanation made on first read is already a list no one can change; it stays unmade until read
        features = features instanceof org.passage.screening.internal.ListOnDemand<Feature> ? features : List.copyOf(features);
    }

    @Override
    public String toString() {
        return "Hit[" + entityId + ", score=" + score + ", match=" + match + ", caption redacted]";
    }
}
