package org.passage.screening.internal.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.screening.Screening;

/**
 * The query parameters of yente's {@code /match}, checked as yente checks them: {@code limit} up to 500 (else 422),
 * {@code threshold} (a result at or above it is a match and counts in {@code total}), {@code cutoff} (deprecated in
 * yente; results at or below {@code min(cutoff, threshold)} are not returned; default 0.70), the dataset, schema,
 * topic, change-date and entity-id filters, and the algorithm. Pure.
 */
record MatchOptions(String algorithm, double threshold, double cutoff, int limit, Set<String> includeDataset,
                    Set<String> excludeDataset, Set<String> excludeSchema, Set<String> topics, @Nullable Instant changedSince,
                    Set<String> excludeEntityIds) {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 500;
    static final int MAX_EXCLUDED_IDS = 50;

    static MatchOptions of(@Nullable String algorithm, @Nullable Double threshold, @Nullable Double cutoff, @Nullable Integer limit,
                           @Nullable List<String> includeDataset, @Nullable List<String> excludeDataset,
                           @Nullable List<String> excludeSchema, @Nullable List<String> topics, @Nullable String changedSince,
                           @Nullable List<String> excludeEntityIds, MatchRequest body) {
        String named = Algorithms.named(algorithm == null ? Algorithms.BEST : algorithm);
        double t = threshold != null ? finite("threshold", threshold) : body.threshold() != null ? body.threshold() : Screening.DEFAULT_THRESHOLD;
        double c = Math.min(cutoff != null ? finite("cutoff", cutoff) : Screening.DEFAULT_THRESHOLD, t);
        int l = limit != null ? limit : body.limit() != null ? body.limit() : DEFAULT_LIMIT;
        if (l < 0 || l > MAX_LIMIT) {
            throw InvalidMatchRequest.unprocessable("limit", "a whole number from 0 to " + MAX_LIMIT);
        }
        Set<String> excluded = set(excludeEntityIds);
        if (excluded.size() > MAX_EXCLUDED_IDS) {
            throw InvalidMatchRequest.unprocessable("exclude_entity_ids", "at most " + MAX_EXCLUDED_IDS + " ids");
        }
        Instant since = changedSince == null ? null : Dates.timestamp("changed_since", changedSince).toInstant(ZoneOffset.UTC);
        return new MatchOptions(named, t, c, l, set(includeDataset), set(excludeDataset), set(excludeSchema), set(topics), since, excluded);
    }

    /** Whether a listed entry may be a result: yente applies these filters before scoring. */
    boolean admits(IndexedEntry entry, Instant lastChange) {
        if (!includeDataset.isEmpty() && !includeDataset.contains(entry.list()) && !includeDataset.contains(entry.dataset())) {
            return false;
        }
        if (excludeDataset.contains(entry.list()) || excludeDataset.contains(entry.dataset())) {
            return false;
        }
        if (excludeSchema.stream().anyMatch(s -> Schemata.isA(entry.schema(), s))) {
            return false;
        }
        if (!topics.isEmpty() && entry.properties().getOrDefault("topics", List.of()).stream().noneMatch(topics::contains)) {
            return false;
        }
        if (changedSince != null && lastChange.isBefore(changedSince)) {
            return false;
        }
        return !excludeEntityIds.contains(entry.id());
    }

    boolean filters() {
        return !includeDataset.isEmpty() || !excludeDataset.isEmpty() || !excludeSchema.isEmpty() || !topics.isEmpty()
                || changedSince != null || !excludeEntityIds.isEmpty();
    }

    private static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw InvalidMatchRequest.unprocessable(field, "a number");
        }
        return value;
    }

    private static Set<String> set(@Nullable List<String> values) {
        return values == null ? Set.of() : values.stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
