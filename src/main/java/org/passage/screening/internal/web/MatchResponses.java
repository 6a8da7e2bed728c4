package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.passage.screening.Feature;
import org.passage.screening.Hit;
import org.passage.watchlists.ListedEntity;

/**
 * Writes results in yente's shapes ({@code ScoredEntityResponse}, {@code EntityMatches}, {@code SearchResponse}) so
 * yente clients read them: {@code features} maps each feature to its weight as yente's do; Passage adds
 * {@code explanations}, the same features with their readable detail.
 */
final class MatchResponses {

    /** yente's {@code matcher} block: what each feature means. */
    static final Map<String, Map<String, Object>> MATCHER = matcher();

    private MatchResponses() {
    }

    static Map<String, Object> result(Hit hit, LiveIndex.Snapshot snapshot) {
        var entry = snapshot.entry(hit);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", hit.entityId());
        out.put("caption", hit.caption());
        out.put("schema", hit.schema());
        out.put("properties", entry.map(IndexedEntry::properties).orElse(Map.of("name", List.of(hit.caption()))));
        var datasets = new LinkedHashSet<String>();
        entry.ifPresent(e -> {
            datasets.add(e.list());
            if (!e.dataset().isBlank()) {
                datasets.add(e.dataset());
            }
        });
        out.put("datasets", List.copyOf(datasets));
        out.put("referents", List.of());
        out.put("target", true);
        out.put("score", round(hit.score()));
        out.put("match", hit.match());
        Map<String, Double> features = new LinkedHashMap<>();
        List<Map<String, Object>> explanations = new ArrayList<>();
        for (Feature f : hit.features()) {
            features.merge(f.name(), round(f.weight()), Double::sum);
            explanations.add(Map.of("feature", f.name(), "weight", round(f.weight()), "detail", f.detail()));
        }
        out.put("features", features);
        out.put("explanations", explanations);
        entry.ifPresent(e -> out.put("list_version", e.version()));
        return out;
    }

    static Map<String, Object> query(ListedEntity query) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", query.id());
        out.put("schema", query.schema());
        out.put("properties", query.properties());
        return out;
    }

    static Map<String, Object> total(int value) {
        // in yente's order: Map.of's order changes from one run to the next, which clients comparing text trip on
        var total = new java.util.LinkedHashMap<String, Object>();
        total.put("value", value);
        total.put("relation", "eq");
        return total;
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    private static Map<String, Map<String, Object>> matcher() {
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        doc(docs, "name", "similarity of the best pair of names (query name against listed name), 0..1");
        doc(docs, "name.exact", "a name part spelled the same");
        doc(docs, "name.transliteration", "a name part that is the same under a romanisation system (ICAO, BGN/PCGN, GOST, French, German)");
        doc(docs, "name.given_name_variant", "a given name and its diminutive or national form (Sasha/Aleksandr/Oleksandr)");
        doc(docs, "name.gendered_form", "a surname in its other gendered form (-ov/-ova, -skiy/-skaya)");
        doc(docs, "name.fuzzy", "a name part within a small edit distance (a typo)");
        doc(docs, "name.initial", "an initial against a full name part");
        doc(docs, "name.rule", "the rule that decided the name score");
        doc(docs, "birth_date.match", "the same birth date");
        doc(docs, "birth_date.near", "birth dates close to each other (a typo or a swapped day and month)");
        doc(docs, "birth_date.year", "the same birth year");
        doc(docs, "birth_date.conflict", "different birth dates: lowers the score");
        doc(docs, "country.match", "a shared nationality or country");
        doc(docs, "country.mismatch", "different nationalities: lowers the score");
        doc(docs, "identifier.match", "the same identifier (passport, INN, unit number)");
        doc(docs, "schema.mismatch", "a person against an organization or the reverse: lowers the score");
        return java.util.Collections.unmodifiableMap(docs);
    }

    private static void doc(Map<String, Map<String, Object>> docs, String name, String description) {
        docs.put(name, Map.of("description", description, "coefficient", 1.0));
    }
}
