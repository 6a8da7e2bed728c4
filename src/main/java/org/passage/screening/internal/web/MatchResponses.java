package org.passage.screening.internal.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.passage.screening.Feature;
import org.passage.screening.Hit;
import org.passage.watchlists.ListedEntity;

/**
 * Writes results in yente 5's shapes ({@link YenteShapes}): {@code explanations} maps each feature to one subscore and
 * its detail, as nomenklatura's algorithms give one result per feature: a feature that occurs more than once (a part of
 * a name matched in each of two names) is represented by its strongest occurrence, the details of all joined (summed,
 * two name parts read 1.9, a subscore no yente client expects past 1); {@code features} keeps yente 4's
 * feature-to-value map for older clients, by the same strongest occurrence (it too summed them past 1).
 */
final class MatchResponses {

    /** yente's {@code matcher} block and the features of {@code /algorithms}: what each feature means. */
    static final Map<String, YenteShapes.FeatureDoc> MATCHER = matcher();

    private static final java.time.format.DateTimeFormatter SECONDS = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private MatchResponses() {
    }

    static YenteShapes.ScoredEntityResponse scored(Hit hit, IndexedEntry entry, LiveIndex.Snapshot snapshot, double threshold) {
        Map<String, Double> features = new LinkedHashMap<>();
        Map<String, YenteShapes.FeatureResult> explanations = new LinkedHashMap<>();
        for (Feature f : hit.features()) {
            features.merge(f.name(), round(f.weight()), (a, b) -> Math.abs(b) > Math.abs(a) ? b : a);
            explanations.merge(f.name(), new YenteShapes.FeatureResult(round(f.weight()), f.detail()),
                    (a, b) -> new YenteShapes.FeatureResult(Math.abs(b.score()) > Math.abs(a.score()) ? b.score() : a.score(),
                            a.detail() + "; " + b.detail()));
        }
        return new YenteShapes.ScoredEntityResponse(hit.entityId(), hit.caption(), hit.schema(), entry.properties(), datasets(entry),
                List.of(), true, timestamp(snapshot.firstSeen(entry)), timestamp(snapshot.lastSeen(entry)), timestamp(snapshot.seen(entry)),
                round(hit.score()), hit.score() >= threshold, explanations, features);
    }

    static YenteShapes.EntityResponse entity(IndexedEntry entry, LiveIndex.Snapshot snapshot) {
        return new YenteShapes.EntityResponse(entry.id(), entry.caption(), entry.schema(), entry.properties(), datasets(entry), List.of(),
                true, timestamp(snapshot.firstSeen(entry)), timestamp(snapshot.lastSeen(entry)), timestamp(snapshot.seen(entry)));
    }

    static YenteShapes.EntityExample query(ListedEntity query) {
        return new YenteShapes.EntityExample(query.id().equals(MatchRequestParser.NO_ID) ? null : query.id(), query.schema(), query.properties());
    }

    /** ISO seconds without a zone (UTC), as yente writes {@code first_seen}. */
    static String timestamp(Instant instant) {
        return SECONDS.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
    }

    static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    private static List<String> datasets(IndexedEntry entry) {
        var datasets = new LinkedHashSet<String>();
        datasets.add(entry.list());
        if (!entry.dataset().isBlank()) {
            datasets.add(entry.dataset());
        }
        return List.copyOf(datasets);
    }

    private static Map<String, YenteShapes.FeatureDoc> matcher() {
        Map<String, YenteShapes.FeatureDoc> docs = new LinkedHashMap<>();
        doc(docs, "name", "similarity of the best pair of names (query name against listed name), 0..1");
        doc(docs, "name.exact", "a name part spelled the same");
        doc(docs, "name.transliteration", "a name part that is the same under a romanisation system (ICAO, BGN/PCGN, GOST, French, German)");
        doc(docs, "name.given_name_variant", "a given name and its diminutive or national form (Sasha/Aleksandr/Oleksandr)");
        doc(docs, "name.gendered_form", "a surname in its other gendered form (-ov/-ova, -skiy/-skaya)");
        doc(docs, "name.inflected", "a name part with a Latvian or Lithuanian nominative ending (Lavrovs, Putinas) against the name without it");
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
        doc(docs, "identifier.strong", "a shared registration or passport number lifts the score to at least 0.80");
        doc(docs, "schema.mismatch", "a person against an organization or the reverse: lowers the score");
        return java.util.Collections.unmodifiableMap(docs);
    }

    private static void doc(Map<String, YenteShapes.FeatureDoc> docs, String name, String description) {
        docs.put(name, new YenteShapes.FeatureDoc(description, 1.0, null));
    }
}
