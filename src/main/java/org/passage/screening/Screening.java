package org.passage.screening;

import java.util.List;
import org.passage.screening.internal.EntityScorer;
import org.passage.screening.internal.ScreeningEngine;
import org.passage.watchlists.ListedEntity;

/**
 * Screens a person or organization against listed entities. Build it once from a list version
 * ({@link #of(Iterable, double)}), then ask {@link #screen(ListedEntity, int)} with a query shaped like a
 * FollowTheMoney entity (schema plus properties: name, alias, firstName, fatherName, lastName, birthDate,
 * nationality, passportNumber, innCode …). Hits come ranked with a score, the match flag at the threshold and
 * their explanation. Safe for concurrent use; {@link #close()} frees the index.
 */
public final class Screening implements AutoCloseable {

    /** yente's default: a score at or above it is a match. */
    public static final double DEFAULT_THRESHOLD = 0.70;
    /** Longest accepted name in a query; longer input is refused, not silently cut. */
    public static final int MAX_NAME_LENGTH = 1000;

    private final ScreeningEngine engine;
    private final double threshold;

    private Screening(ScreeningEngine engine, double threshold) {
        this.engine = engine;
        this.threshold = threshold;
    }

    public static Screening of(Iterable<ListedEntity> entities, double threshold) {
        checkThreshold(threshold);
        return new Screening(new ScreeningEngine(entities), threshold);
    }

    public static Screening of(Iterable<ListedEntity> entities) {
        return of(entities, DEFAULT_THRESHOLD);
    }

    /** The best {@code limit} hits for the query, best first; rejects a query without a usable name. */
    public List<Hit> screen(ListedEntity query, int limit) {
        validate(query);
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit: must be between 1 and 500");
        }
        return engine.screen(query, limit).stream()
                .map(r -> hit(r.id(), r.schema(), r.caption(), r.dataset(), r.scored(), threshold))
                .toList();
    }

    /**
     * The query's names that Passage cannot read, and so did not check: Japanese names in kanji (written with kana,
     * or given for someone of Japanese nationality) that the dictionary of Japanese names' readings does not know —
     * ICU would read the characters as Chinese. An empty result from {@link #screen} says nothing about these names;
     * the page or report that shows it must say they were not checked.
     */
    public static List<String> unreadableNames(ListedEntity query) {
        boolean japanese = java.util.stream.Stream.concat(query.values("nationality").stream(), query.values("country").stream())
                .map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).anyMatch(c -> c.equals("jp") || c.equals("japan") || c.equals("jpn"));
        return query.names().stream().filter(n -> ScreeningEngine.unreadable(n, japanese)).distinct().toList();
    }

    /** Scores one entity against another with the screening scorer, e.g. to evaluate on labelled pairs. */
    public static Hit compare(ListedEntity query, ListedEntity candidate, double threshold) {
        checkThreshold(threshold);
        EntityScorer.Scored scored = ScreeningEngine.compare(query, candidate);
        return hit(candidate.id(), candidate.schema(), candidate.caption(), candidate.dataset(), scored, threshold);
    }

    public int size() {
        return engine.size();
    }

    public double threshold() {
        return threshold;
    }

    @Override
    public void close() {
        engine.close();
    }

    static void validate(ListedEntity query) {
        List<String> names = query.names();
        if (names.isEmpty() && query.values("firstName").isEmpty() && query.values("lastName").isEmpty()) {
            throw new IllegalArgumentException("properties.name: a query needs at least one name");
        }
        for (String name : names) {
            if (name.length() > MAX_NAME_LENGTH) {
                throw new IllegalArgumentException("properties.name: longer than " + MAX_NAME_LENGTH + " characters");
            }
            if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException("properties.name: has no letters");
            }
        }
    }

    private static void checkThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]");
        }
    }

    private static Hit hit(String id, String schema, String caption, String dataset, EntityScorer.Scored scored, double threshold) {
        // the explanation is put in words when first read: a query ranks fifty hits, and a page or an answer shows a few
        List<Feature> features = new org.passage.screening.internal.ListOnDemand<>(
                () -> scored.features().stream().map(f -> new Feature(f.name(), f.weight(), f.detail())).toList());
        return new Hit(id, schema, caption, dataset, scored.score(), scored.score() >= threshold, features);
    }
}
