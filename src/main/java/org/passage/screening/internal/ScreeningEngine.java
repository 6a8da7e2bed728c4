package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.passage.watchlists.ListedEntity;

/**
 * The engine behind {@link org.passage.screening.Screening}: profiles of the listed entities kept in memory,
 * a {@link CandidateIndex} to find about fifty candidates per query, and the {@link EntityScorer} to rank them.
 * Immutable once built; safe for concurrent queries.
 */
public final class ScreeningEngine implements AutoCloseable {

    public static final int CANDIDATES = 50;

    private static final NameParser SHARED_PARSER = new NameParser();

    private final NameParser parser = new NameParser();
    private final CandidateIndex index = new CandidateIndex();
    private final List<EntityProfile> profiles = new ArrayList<>();

    public ScreeningEngine(Iterable<ListedEntity> entities) {
        for (ListedEntity entity : entities) {
            EntityProfile profile = EntityProfile.of(entity, parser);
            profiles.add(profile);
            index.add(profile);
        }
        index.commit();
    }

    /** A ranked candidate. */
    public record Result(String id, String schema, String caption, String dataset, EntityScorer.Scored scored) {
        @Override
        public String toString() {
            return "Result[" + id + ", " + scored.score() + "]";
        }
    }

    public List<Result> screen(ListedEntity query, int limit) {
        EntityProfile q = EntityProfile.of(query, parser);
        int wanted = Math.max(limit, CANDIDATES);
        List<Result> out = new ArrayList<>();
        CandidateIndex.Lookups lookups = index.lookups();
        int[] docs = index.candidates(q, wanted, false, lookups);
        // the query's words meet the same words again among its candidates and their aliases: compared once
        QueryMemory memory = new QueryMemory();
        boolean convincing = false;
        for (int doc : docs) {
            Result r = result(q, doc, memory);
            out.add(r);
            convincing |= r.scored().score() >= org.passage.screening.Screening.DEFAULT_THRESHOLD;
        }
        if (!convincing) {
            // nothing above the threshold: perhaps a misspelt name; ask again with edits allowed (measured by
            // `passage bench screening --diagnose`: most variants lost at 1M names were typos no indexed form shares)
            java.util.Set<Integer> scored = new java.util.HashSet<>();
            for (int doc : docs) {
                scored.add(doc);
            }
            for (int doc : index.candidates(q, wanted, true, lookups)) {
                if (scored.add(doc)) {
                    out.add(result(q, doc, memory));
                }
            }
        }
        out.sort(Comparator.comparingDouble((Result r) -> r.scored().score()).reversed());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    private Result result(EntityProfile q, int doc, QueryMemory memory) {
        EntityProfile c = profiles.get(doc);
        return new Result(c.id(), c.schema(), c.caption(), c.dataset(), EntityScorer.score(q, c, memory));
    }

    /**
     * Where a listed entity stands for a query, for the diagnostic of {@code bench screening --diagnose}: its position
     * among the first {@code limit} candidates of the index (-1 when not among them).
     */
    public int candidateRank(ListedEntity query, String id, int limit) {
        EntityProfile q = EntityProfile.of(query, parser);
        CandidateIndex.Lookups lookups = index.lookups();
        for (boolean typos : new boolean[] {false, true}) {
            int[] docs = index.candidates(q, limit, typos, lookups);
            for (int i = 0; i < docs.length; i++) {
                if (profiles.get(docs[i]).id().equals(id)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Scores one entity against another with the same features as screening (used to evaluate on labelled pairs). */
    public static EntityScorer.Scored compare(ListedEntity query, ListedEntity candidate) {
        return EntityScorer.score(EntityProfile.of(query, SHARED_PARSER), EntityProfile.of(candidate, SHARED_PARSER));
    }

    public int size() {
        return profiles.size();
    }

    /** The writing system of a word as the engine reads it: LATIN, CYRILLIC, OTHER or NONE (by its letters' majority). */
    public static String scriptOf(CharSequence word) {
        return Scripts.of(word).name();
    }

    /**
     * Whether a name holds Japanese kanji that the engine cannot read: kanji beside kana, or any Chinese characters
     * when the person is {@code japanese} (by nationality or country), with a word the dictionary of Japanese names
     * has no reading for ({@link JapaneseReading}).
     */
    public static boolean unreadable(String name, boolean japanese) {
        boolean kanji = SoundReading.unreadable(name) || japanese && name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return kanji && !JapaneseReading.readsAll(name);
    }

    /** The spellings the engine compares a Cyrillic word by: its romanisations under the systems it knows. */
    public static List<String> romanizations(String word) {
        return Romanizer.romanize(Romanizer.fold(word));
    }

    @Override
    public void close() {
        index.close();
    }
}
