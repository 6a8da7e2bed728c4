package org.passage.screening.engine;

import java.util.List;
import org.passage.screening.internal.ScreeningEngine;
import org.passage.watchlists.ListedEntity;

/**
 * The screening engine as the benchmarks see it: the same index and scorer as {@code Screening}, without its
 * query checks, plus the engine's own views of a name. Safe for concurrent queries once built.
 */
public final class NameMatcher implements AutoCloseable {

    /** How many candidates the index hands to the scorer per query. */
    public static final int CANDIDATES = ScreeningEngine.CANDIDATES;

    /** A ranked candidate: the listed entity's id and its score in [0, 1]. */
    public record Match(String id, double score) {
    }

    /** The writing system of a word's letters (the majority if mixed). */
    public enum Script {
        LATIN, CYRILLIC, OTHER, NONE
    }

    private final ScreeningEngine engine;

    public NameMatcher(Iterable<ListedEntity> entities) {
        this.engine = new ScreeningEngine(entities);
    }

    /** The best {@code limit} candidates, best first. */
    public List<Match> screen(ListedEntity query, int limit) {
        return engine.screen(query, limit).stream().map(r -> new Match(r.id(), r.scored().score())).toList();
    }

    /** Where the entity {@code id} stands among the index's first {@code limit} candidates (0 is first), or -1. */
    public int candidateRank(ListedEntity query, String id, int limit) {
        return engine.candidateRank(query, id, limit);
    }

    public static Script scriptOf(CharSequence word) {
        return Script.valueOf(ScreeningEngine.scriptOf(word));
    }

    /** The romanisations the engine compares a Cyrillic word by (ICAO, MVD, GOST … spellings). */
    public static List<String> romanizations(String word) {
        return ScreeningEngine.romanizations(word);
    }

    @Override
    public void close() {
        engine.close();
    }
}
