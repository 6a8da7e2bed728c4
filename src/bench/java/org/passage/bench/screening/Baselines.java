package org.passage.bench.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.passage.watchlists.ListedEntity;

/**
 * The two baselines Passage is measured against on the same pairs. Jaro-Winkler (commons-text) on full names
 * normalized the usual way (accents stripped, lower case, punctuation to spaces), best over all name pairs.
 * Lucene fuzzy: the right entity's names indexed with the StandardAnalyzer, each token of a left name looked up
 * with a {@link FuzzyQuery} (up to 2 edits); the score is the share of tokens found in one name of the right
 * entity, out of the longer of the two names, best over all name pairs.
 */
public final class Baselines {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final Analyzer ANALYZER = new StandardAnalyzer();

    private Baselines() {
    }

    public static double jaroWinkler(ListedEntity left, ListedEntity right) {
        double best = 0;
        List<String> rights = right.names().stream().map(Baselines::normalize).toList();
        for (String l : left.names()) {
            String a = normalize(l);
            for (String b : rights) {
                best = Math.max(best, JARO_WINKLER.apply(a, b));
            }
        }
        return best;
    }

    public static double luceneFuzzy(ListedEntity left, ListedEntity right) {
        List<String> rightNames = right.names();
        if (rightNames.isEmpty() || left.names().isEmpty()) {
            return 0;
        }
        try (var directory = new ByteBuffersDirectory()) {
            int[] lengths = new int[rightNames.size()];
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
                for (int i = 0; i < rightNames.size(); i++) {
                    Document doc = new Document();
                    doc.add(new TextField("name", rightNames.get(i), Field.Store.NO));
                    writer.addDocument(doc);
                    lengths[i] = tokens(rightNames.get(i)).size();
                }
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = new IndexSearcher(reader);
                double best = 0;
                for (String name : left.names()) {
                    List<String> tokens = tokens(name);
                    if (tokens.isEmpty()) {
                        continue;
                    }
                    Map<Integer, Integer> found = new HashMap<>();
                    for (String token : tokens) {
                        for (ScoreDoc sd : searcher.search(new FuzzyQuery(new Term("name", token), 2), rightNames.size()).scoreDocs) {
                            found.merge(sd.doc, 1, Integer::sum);
                        }
                    }
                    for (var e : found.entrySet()) {
                        best = Math.max(best, (double) e.getValue() / Math.max(tokens.size(), lengths[e.getKey()]));
                    }
                }
                return Math.min(1, best);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalize(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
