package org.passage.screening.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Candidate generation: an in-memory Lucene index with one document per listed entity, holding the phonetic
 * forms of all its name tokens (field {@code f}), their consonant skeletons ({@code k}, which survive vowel
 * typos), the given-name groups ({@code g}, so Саша finds Aleksandr), the one-deletion variants of surname
 * forms ({@code d}, which survive a consonant typo), the plain spelling of surnames and patronymics ({@code t}, for
 * fuzzy look-ups), birth dates ({@code b}, which tell namesakes apart) and consonant keys ({@code s}, see
 * {@link #soundKey}) for names transcribed into Hangul, kana, Chinese characters or Greek, and for the surnames of
 * Arabic and Persian names the consonant classes their Latin spellings share ({@code a}, {@link ArabicNames#key}). A query in
 * Arabic letters also asks for the skeletons of its compounds written as one word ({@link ArabicCompoundKeys}: عبد العزيز
 * Abdulaziz). A query is a disjunction of the same terms, weighted by role;
 * BM25 makes a rare surname count for more than "Ivanov" or "Aleksandr". Documents are numbered in the order
 * the entities were added (a single segment, merges keep order), so a hit's doc id is its profile's index.
 */
final class CandidateIndex implements AutoCloseable {

    private static final FieldType TERMS = new FieldType();

    static {
        // documents only, no frequencies: a document holds each term once (addOnce), and a term indexed without
        // frequencies is scored as occurring once, so BM25 scores as before while the postings decode faster
        TERMS.setIndexOptions(IndexOptions.DOCS);
        TERMS.setTokenized(false);
        TERMS.setOmitNorms(false);
        TERMS.freeze();
    }

    /**
     * Each finished file read through one memory segment over its bytes ({@link SegmentInput}): Lucene clones its
     * inputs for every term look-up and postings list, and reads the postings in ints and longs.
     */
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new org.apache.lucene.store.SingleInstanceLockFactory(),
            org.apache.lucene.store.ByteBuffersDataOutput::new, (fileName, output) -> new SegmentInput("SegmentInput (file=" + fileName + ")",
                    output.toArrayCopy()));
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    CandidateIndex() {
        try {
            var config = new IndexWriterConfig(new KeywordAnalyzer());
            config.setMergePolicy(new LogByteSizeMergePolicy());
            config.setRAMBufferSizeMB(128);
            writer = new IndexWriter(directory, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(EntityProfile profile) {
        Document doc = new Document();
        Set<String> seen = new HashSet<>();
        for (ParsedName name : profile.names()) {
            boolean arabic = name.arabicMarked(); // Elqubaisi, Kobeissi, al-Qubaysi: one key ({@code a})
            boolean hanOrganisation = HanOrgWords.isHanOrganisation(name);
            for (int i = 0; i < name.size(); i++) {
                NameToken t = name.tokens()[i];
                if (hanOrganisation) {
                    for (String run : HanOrgWords.syllableRuns(t)) {
                        addOnce(doc, seen, "f", run); // 石河子天富 is Shihezi Tianfu: runs of its syllables
                    }
                }
                for (String form : t.forms()) {
                    addOnce(doc, seen, "f", form);
                    addOnce(doc, seen, "k", PhoneticForm.skeleton(form));
                    if (name.roles()[i] == ParsedName.OTHER && form.length() >= 4) {
                        for (String deletion : deletions(form)) {
                            addOnce(doc, seen, "d", deletion);
                        }
                    }
                }
                for (String group : t.givenGroups()) {
                    addOnce(doc, seen, "g", group);
                }
                addOnce(doc, seen, "s", soundKey(t));
                if (t.sound() != null) {
                    for (String spelling : t.sound().syllableSpellings()) {
                        addOnce(doc, seen, "f", firstForm(spelling));
                    }
                }
                if (name.roles()[i] == ParsedName.OTHER || name.roles()[i] == ParsedName.PATRONYMIC) {
                    addOnce(doc, seen, "t", t.text());
                }
                if (arabic && name.roles()[i] == ParsedName.OTHER) {
                    addOnce(doc, seen, "a", ArabicNames.key(t));
                }
            }
        }
        for (String date : profile.birthDates()) {
            addOnce(doc, seen, "b", date);
        }
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void commit() {
        try {
            writer.forceMerge(1);
            writer.commit();
            reader = new NormsInMemory(DirectoryReader.open(writer));
            searcher = new IndexSearcher(reader);
            // term queries are never cached; the cache's bookkeeping was a cost on every query for nothing
            searcher.setQueryCache(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Doc ids (= profile positions) of up to {@code limit} candidates for the query's names. With {@code lookForTypos}
     * (the engine asks again when the first candidates all scored under the threshold) only entries whose surname is
     * one edit away from a query surname that no entry spells so are looked at, which finds a misspelt name that no
     * indexed form shares. Gating that second look on unknown spellings, and restricting it to the near entries,
     * keeps it cheap for queries that match nobody (measured in docs/benchmarks.md).
     */
    int[] candidates(EntityProfile query, int limit, boolean lookForTypos) {
        return candidates(query, limit, lookForTypos, lookups());
    }

    /** A query's term look-ups, to share between its searches (see {@link Lookups}). */
    Lookups lookups() {
        return new Lookups();
    }

    /**
     * The same, with the terms already looked up for this query (by its first search, when this is the second look)
     * taken from {@code lookups}: a term is looked up in the index once per query, however often it is searched.
     */
    int[] candidates(EntityProfile query, int limit, boolean lookForTypos, Lookups lookups) {
        if (lookForTypos && !anyUnknownSurname(query, lookups)) {
            return new int[0]; // nothing for the second look to look around, as the query built below would find
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        // the one-deletion terms, looked up only if the search that uses them runs (see Deferred)
        Deferred typos = new Deferred();
        BooleanQuery.Builder misspelt = new BooleanQuery.Builder();
        int misspeltClauses = 0;
        List<String> surnameForms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int clauses = 0;
        for (ParsedName name : query.names()) {
            boolean arabic = name.arabicMarked();
            boolean hanOrganisation = HanOrgWords.isHanOrganisation(name);
            if (arabic) {
                // عبد العزيز, رحمت الله: the compound a Latin list writes as one word (Abdulaziz, Rahmatullah)
                for (String key : ArabicCompoundKeys.of(name)) {
                    clauses += clause(lookups, q, seen, "k", key, 1f);
                }
            }
            for (int i = 0; i < name.size() && clauses < 60; i++) {
                NameToken t = name.tokens()[i];
                byte role = name.roles()[i];
                if (hanOrganisation) {
                    // a brand run read as the Latin words of its syllables; 亚欧 as the English words it is listed with
                    for (String run : HanOrgWords.syllableRuns(t)) {
                        clauses += clause(lookups, q, seen, "f", run, role == ParsedName.OTHER ? 0.5f : 0.2f);
                    }
                    for (String form : HanOrgWords.englishForms(t)) {
                        clauses += clause(lookups, q, seen, "f", form, 0.3f);
                    }
                }
                if (role == ParsedName.INITIAL) {
                    continue; // too common to find anyone by; the scorer still weighs them
                }
                if (role == ParsedName.GIVEN) {
                    if (t.abjad()) {
                        clauses += clause(lookups, q, seen, "k", PhoneticForm.skeleton(t.forms().getFirst()), 0.4f);
                    }
                    for (String group : t.givenGroups()) {
                        clauses += clause(lookups, q, seen, "g", group, 0.4f);
                    }
                    clauses += clause(lookups, q, seen, "f", t.forms().getFirst(), 0.2f);
                    if (t.sound() != null) {
                        clauses += clause(lookups, q, seen, "s", soundKey(t), 0.2f);
                        clauses += syllableClauses(lookups, q, seen, t, 0.2f);
                    }
                    continue;
                }
                String primary = t.forms().getFirst();
                if (role == ParsedName.PATRONYMIC) {
                    // a common patronymic weighs little (BM25), but it tells namesakes apart, and a surname shaped
                    // like a patronymic (Станкевич, Ermakovich) is found by it at all
                    clauses += clause(lookups, q, seen, "f", primary, 0.5f);
                    continue;
                }
                float weight = role == ParsedName.OTHER ? 1f : 0.3f;
                for (String form : t.forms()) {
                    clauses += clause(lookups, q, seen, "f", form, weight);
                    if (role == ParsedName.OTHER) {
                        surnameForms.add(form);
                    }
                }
                if (t.sound() != null) {
                    clauses += syllableClauses(lookups, q, seen, t, weight * 0.3f);
                }
                if (t.sound() != null || Scripts.of(t.text()) == Scripts.LATIN && !t.spellings().isEmpty()) {
                    // syllables against Latin and Latin against syllables: the coarse key finds what no form shares
                    clauses += clause(lookups, q, seen, "s", soundKey(t), weight * 0.3f);
                }
                String skeleton = PhoneticForm.skeleton(primary);
                clauses += clause(lookups, q, seen, "k", skeleton, t.abjad() ? weight : weight * 0.3f);
                if (t.abjad()) {
                    clauses += clause(lookups, q, seen, "k", skeleton.replace("v", ""), weight);
                }
                if (arabic && role == ParsedName.OTHER) {
                    clauses += clause(lookups, q, seen, "a", ArabicNames.key(t), weight * 0.5f);
                }
                if (role == ParsedName.OTHER && primary.length() >= 4) {
                    clauses += typos.clause(seen, "d", primary, weight * 0.3f);
                    for (String deletion : deletions(primary)) {
                        clauses += typos.clause(seen, "d", deletion, weight * 0.2f);
                    }
                    if (lookForTypos) {
                        // the spelling itself: a vowel typo can merge two vowel runs of the phonetic form
                        misspeltClauses += fuzzy(lookups, misspelt, seen, "t", t.text(), weight * 0.5f);
                    }
                }
            }
        }
        for (String date : query.birthDates()) {
            clauses += clause(lookups, q, seen, "b", date, 0.3f);
        }
        if (clauses == 0) {
            return new int[0];
        }
        try {
            BooleanQuery exact = q.build();
            TopDocs top;
            if (lookForTypos) {
                if (misspeltClauses == 0) {
                    return new int[0];
                }
                // only entries whose surname is one edit away, ranked by everything else the query has: scoring
                // just those keeps this second look cheap for the many queries that match nobody
                BooleanQuery.Builder near = new BooleanQuery.Builder();
                near.add(misspelt.build(), BooleanClause.Occur.MUST);
                near.add(exact, BooleanClause.Occur.SHOULD);
                top = searcher.search(near.build(), new TopScoreDocCollectorManager(limit, limit));
            } else if (anyKnown(lookups, surnameForms)) {
                top = searcher.search(exact, new TopScoreDocCollectorManager(limit, limit));
            } else {
                top = null; // the look through the one-deletion variants below is taken anyway: no search whose answer is dropped
            }
            if (!lookForTypos && (top == null || top.scoreDocs.length < limit)) {
                // few candidates, or a surname no entry has: maybe a typo; look again through the one-deletion variants
                BooleanQuery.Builder both = new BooleanQuery.Builder();
                both.add(exact, BooleanClause.Occur.SHOULD);
                both.add(typos.build(lookups), BooleanClause.Occur.SHOULD);
                top = searcher.search(both.build(), new TopScoreDocCollectorManager(limit, limit));
            }
            int[] out = new int[top.scoreDocs.length];
            int k = 0;
            for (ScoreDoc sd : top.scoreDocs) {
                out[k++] = sd.doc;
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Terms within one edit, first letter fixed, the 10 closest at most. Two edits or more terms found a few more
     * variants but tripled the CPU time of a query that finds nobody (half of all queries) at 100k names.
     */
    private int fuzzy(Lookups lookups, BooleanQuery.Builder q, Set<String> seen, String field, String term, float weight) {
        if (term.length() < 4 || !seen.add("~" + field + ":" + term)) {
            return 0;
        }
        if (lookups.states(field, term).docFreq() > 0) {
            return 0; // a spelling some entry has is no typo to look around; the first look already used it
        }
        var fuzzy = new FuzzyQuery(new Term(field, term), 1, 1, 10, true);
        q.add(new BoostQuery(fuzzy, weight), BooleanClause.Occur.SHOULD);
        return 1;
    }

    /**
     * Whether some surname of the query, of four letters or more, is spelt as no entry spells it: the only words the
     * second look searches around ({@link #fuzzy}). Asked before that look builds its query, which half of all queries
     * (those that match nobody) would otherwise build in full only to find nothing to look for.
     */
    private static boolean anyUnknownSurname(EntityProfile query, Lookups lookups) {
        for (ParsedName name : query.names()) {
            for (int i = 0; i < name.size(); i++) {
                NameToken t = name.tokens()[i];
                if (name.roles()[i] == ParsedName.OTHER && !t.forms().isEmpty() && t.forms().getFirst().length() >= 4 && t.text().length() >= 4
                        && lookups.states("t", t.text()).docFreq() == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyKnown(Lookups lookups, List<String> forms) {
        for (String form : forms) {
            if (lookups.states("f", form).docFreq() > 0) {
                return true;
            }
        }
        return forms.isEmpty();
    }

    /**
     * Adds a term to the query and counts it. A term no entry has is counted but left out: it matches nothing and adds
     * to no score (BM25 scores each term on its own), so leaving it out changes no answer and saves its scorer.
     */
    private static int clause(Lookups lookups, BooleanQuery.Builder q, Set<String> seen, String field, String value, float weight) {
        String key = admitted(seen, field, value);
        if (key == null) {
            return 0;
        }
        add(lookups, q, key, field, value, weight);
        return 1;
    }

    /**
     * The term's key ({@code field:value}) when the query does not hold it yet and has room for it, else null. One key for
     * both the query's terms so far and its look-ups: built and hashed once, not once for each.
     */
    private static @org.jspecify.annotations.Nullable String admitted(Set<String> seen, String field, String value) {
        if (value.isEmpty()) {
            return null;
        }
        String key = field + ":" + value;
        return seen.add(key) && seen.size() <= IndexSearcher.getMaxClauseCount() ? key : null;
    }

    /** The term's clause, unless no entry has the term (see {@link #clause}). */
    private static void add(Lookups lookups, BooleanQuery.Builder q, String key, String field, String value, float weight) {
        TermStates states = lookups.states(key, field, value);
        if (states.docFreq() > 0) {
            q.add(new BoostQuery(new TermQuery(new Term(field, value), states), weight), BooleanClause.Occur.SHOULD);
        }
    }

    /**
     * Clauses counted and de-duplicated as {@link #clause} does, in the same order, but looked up in the index only when
     * {@link #build} is called: the one-deletion variants of a surname (one term per letter) serve only the search
     * through them, which a query skips when its first search finds fifty candidates and a known surname, yet each was
     * a seek in the terms dictionary for every query. The query built is the one {@link #clause} would have built, in
     * the same order, so every answer is the same.
     */
    private static final class Deferred {
        private record Pending(String key, String field, String value, float weight) {
        }

        private final List<Pending> pending = new ArrayList<>();

        int clause(Set<String> seen, String field, String value, float weight) {
            String key = admitted(seen, field, value);
            if (key == null) {
                return 0;
            }
            pending.add(new Pending(key, field, value, weight));
            return 1;
        }

        BooleanQuery build(Lookups lookups) {
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            for (Pending p : pending) {
                add(lookups, q, p.key(), p.field(), p.value(), p.weight());
            }
            return q.build();
        }
    }

    /** The phonetic forms of each syllable of a Han or Hangul token (영철: young, cheol, chul …), at most {@link #SYLLABLE_CLAUSES}. */
    private static int syllableClauses(Lookups lookups, BooleanQuery.Builder q, Set<String> seen, NameToken t, float weight) {
        int clauses = 0;
        for (String spelling : t.sound().syllableSpellings()) {
            if (clauses >= SYLLABLE_CLAUSES) {
                break;
            }
            clauses += clause(lookups, q, seen, "f", firstForm(spelling), weight);
        }
        return clauses;
    }

    private static final int SYLLABLE_CLAUSES = 16;

    private static String firstForm(String spelling) {
        List<String> forms = PhoneticForm.forms(spelling);
        return forms.isEmpty() ? "" : forms.getFirst();
    }

    /**
     * The terms of one query looked up in the index (where each term's postings start, and its statistics), kept for
     * the query's second and third searches, which ask for most of the same terms again. For one query on one thread.
     */
    final class Lookups {

        private final Map<String, TermStates> states = new HashMap<>();
        /** One terms enumeration per field and segment, positioned afresh for each term (as TermStates.build does). */
        private final Map<String, TermsEnum[]> enums = new HashMap<>();

        TermStates states(String field, String value) {
            return states(field + ":" + value, field, value);
        }

        /** The same, with the key ({@code field:value}) already made. */
        TermStates states(String key, String field, String value) {
            TermStates known = states.get(key);
            if (known == null) {
                try {
                    known = lookUp(field, new BytesRef(value));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                states.put(key, known);
            }
            return known;
        }

        private TermStates lookUp(String field, BytesRef term) throws IOException {
            IndexReaderContext top = searcher.getTopReaderContext();
            TermStates out = new TermStates(top);
            TermsEnum[] perLeaf = enums.computeIfAbsent(field, f -> new TermsEnum[top.leaves().size()]);
            for (LeafReaderContext leaf : top.leaves()) {
                TermsEnum terms = perLeaf[leaf.ord];
                if (terms == null) {
                    Terms all = leaf.reader().terms(field);
                    terms = all == null ? TermsEnum.EMPTY : all.iterator();
                    perLeaf[leaf.ord] = terms;
                }
                if (terms.seekExact(term)) {
                    out.register(terms.termState(), leaf.ord, terms.docFreq(), terms.totalTermFreq());
                }
            }
            return out;
        }
    }

    /**
     * The consonant key of a token for names transcribed into syllables (field {@code s}): 빅토르 흐레닌 and
     * Viktor Khrenin share no phonetic form, but share "PKTR" and "KRN". Empty for short or abjad words.
     */
    static String soundKey(NameToken t) {
        if (t.numeric() || t.abjad() || t.isInitial()) {
            return "";
        }
        String key = t.sound() != null ? t.sound().key() : t.syllabic() ? "" : SoundReading.key(t.text());
        return key.length() >= 3 ? key : "";
    }

    private static void addOnce(Document doc, Set<String> seen, String field, String value) {
        if (!value.isEmpty() && seen.add(field + ":" + value)) {
            doc.add(new Field(field, value, TERMS));
        }
    }

    static List<String> deletions(String form) {
        List<String> out = new ArrayList<>(form.length());
        for (int i = 0; i < form.length(); i++) {
            out.add(form.substring(0, i) + form.substring(i + 1));
        }
        return out;
    }

    int size() {
        return reader == null ? 0 : reader.numDocs();
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
