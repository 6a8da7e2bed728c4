package org.passage.bench.screening;

import org.jspecify.annotations.Nullable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleBiFunction;
import org.passage.screening.Screening;
import org.passage.screening.engine.NameMatcher.Script;
import org.passage.screening.engine.NameMatcher;
import org.passage.watchlists.ListedEntity;

/**
 * Scores labelled pairs with Passage and the two {@link Baselines} and prints precision, recall, F1 and F2 per
 * group, per schema, for cross-script pairs and for non-name schemas, ending with the summary line over the
 * name pairs. Cross-script pairs are built from the name pairs where one entity has Cyrillic names and the other
 * Latin ones: each side is reduced to the names in its script, so the comparison has to cross scripts.
 */
public final class PairsEvaluation {

    /** Schemas whose pairs are about names of people or organizations; the others are reported apart. */
    public static final Set<String> NAME_SCHEMAS = Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody");

    private static final String[] SYSTEMS = {"passage", "jaro-winkler", "lucene-fuzzy"};

    private final double threshold;
    private final boolean showErrors;

    public PairsEvaluation(double threshold, boolean showErrors) {
        this.threshold = threshold;
        this.showErrors = showErrors;
    }

    /** The three systems' scores for one pair. */
    record Scores(boolean positive, double[] scores) {
    }

    public Summary run(List<LabelledPair> pairs, PrintWriter out) {
        Map<String, List<Scores>> rows = new LinkedHashMap<>();
        Map<String, List<Scores>> groups = new TreeMap<>();
        Map<String, List<Scores>> schemas = new TreeMap<>();
        Map<String, List<Scores>> apart = new TreeMap<>();
        List<Scores> names = new ArrayList<>();
        List<Scores> crossScript = new ArrayList<>();
        Map<String, List<Scores>> scripts = new TreeMap<>();
        Map<String, List<Scores>> crossScripts = new TreeMap<>();
        for (LabelledPair pair : pairs) {
            Scores s = score(pair.left(), pair.right(), pair.positive());
            boolean nameSchemas = NAME_SCHEMAS.contains(pair.left().schema()) && NAME_SCHEMAS.contains(pair.right().schema());
            String schema = pair.left().schema().equals(pair.right().schema()) ? pair.left().schema() : pair.left().schema() + "/" + pair.right().schema();
            if (nameSchemas) {
                names.add(s);
                schemas.computeIfAbsent("schema " + schema, k -> new ArrayList<>()).add(s);
                groups.computeIfAbsent("group " + (pair.group().isEmpty() ? "(none)" : pair.group()), k -> new ArrayList<>()).add(s);
                for (String script : writingSystems(pair)) {
                    scripts.computeIfAbsent("script " + script, k -> new ArrayList<>()).add(s);
                    if (!script.equals("latin")) {
                        LabelledPair across = across(pair, script);
                        if (across != null) {
                            Scores as = score(across.left(), across.right(), across.positive());
                            crossScripts.computeIfAbsent("cross-script " + script + " vs latin", k -> new ArrayList<>()).add(as);
                            if (!script.equals("cyrillic")) {
                                error(out, "cross-script-" + script, across, as);
                            }
                        }
                    }
                }
                LabelledPair projected = crossScript(pair);
                if (projected != null) {
                    Scores cs = score(projected.left(), projected.right(), projected.positive());
                    crossScript.add(cs);
                    error(out, "cross-script", projected, cs);
                }
                error(out, schema, pair, s);
            } else {
                apart.computeIfAbsent("other schema " + schema, k -> new ArrayList<>()).add(s);
            }
        }
        rows.putAll(groups);
        rows.putAll(schemas);
        rows.putAll(scripts);
        rows.putAll(crossScripts);
        rows.put("cross-script (Cyrillic vs Latin)", crossScript);
        rows.put("ALL name pairs", names);
        out.printf(Locale.ROOT, "Pairs: %d (%d of people/organizations, %d of other schemas reported apart); threshold %.2f for all systems%n",
                pairs.size(), names.size(), pairs.size() - names.size(), threshold);
        header(out);
        rows.forEach((label, list) -> row(out, label, list, threshold));
        if (!apart.isEmpty()) {
            out.println("Other schemas (not names of people or organizations; excluded from the last line):");
            header(out);
            apart.forEach((label, list) -> row(out, label, list, threshold));
        }
        out.println("Baselines at their own best threshold on these pairs (an upper bound for them):");
        for (var entry : Map.of("ALL name pairs", names, "cross-script", crossScript).entrySet()) {
            for (int system = 1; system < SYSTEMS.length; system++) {
                double bestF1 = -1;
                double bestT = 0;
                for (int t = 5; t <= 100; t++) {
                    double f1 = Counts.of(entry.getValue(), system, t / 100.0).f1();
                    if (f1 > bestF1) {
                        bestF1 = f1;
                        bestT = t / 100.0;
                    }
                }
                out.printf(Locale.ROOT, "  %-16s %-13s best F1=%.3f at threshold %.2f%n", entry.getKey(), SYSTEMS[system], bestF1, bestT);
            }
        }
        Counts total = Counts.of(names, 0, threshold);
        Counts cross = Counts.of(crossScript, 0, threshold);
        out.printf(Locale.ROOT, "passage F1=%.3f precision=%.3f recall=%.3f threshold=%.2f pairs=%d%n",
                total.f1(), total.precision(), total.recall(), threshold, names.size());
        out.flush();
        return new Summary(total, cross, Counts.of(names, 1, threshold), Counts.of(names, 2, threshold),
                Counts.of(crossScript, 1, threshold), Counts.of(crossScript, 2, threshold));
    }

    private void error(PrintWriter out, String label, LabelledPair pair, Scores s) {
        if (showErrors && (s.scores()[0] >= threshold) != pair.positive()) {
            var scored = Screening.compare(pair.left(), pair.right(), Screening.DEFAULT_THRESHOLD);
            out.printf(Locale.ROOT, "%s %s %.2f | %s | %s | %s%n", pair.positive() ? "FN" : "FP", label, s.scores()[0],
                    String.join(" ; ", pair.left().names().stream().limit(4).toList()),
                    String.join(" ; ", pair.right().names().stream().limit(4).toList()),
                    scored.features().stream().map(f -> f.name() + String.format(Locale.ROOT, "%+.2f", f.weight()) + " " + f.detail()).toList());
        }
    }

    /** Passage's and the baselines' counts over the name pairs and the cross-script pairs. */
    public record Summary(Counts passage, Counts passageCrossScript, Counts jaroWinkler, Counts luceneFuzzy,
                          Counts jaroWinklerCrossScript, Counts luceneFuzzyCrossScript) {
    }

    private Scores score(ListedEntity left, ListedEntity right, boolean positive) {
        List<ToDoubleBiFunction<ListedEntity, ListedEntity>> systems = List.of(
                (a, b) -> Screening.compare(a, b, Screening.DEFAULT_THRESHOLD).score(), Baselines::jaroWinkler, Baselines::luceneFuzzy);
        double[] scores = new double[systems.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = systems.get(i).applyAsDouble(left, right);
        }
        return new Scores(positive, scores);
    }

    static @Nullable LabelledPair crossScript(LabelledPair pair) {
        if (hasScript(pair.left(), Script.CYRILLIC) && hasScript(pair.right(), Script.LATIN)) {
            return new LabelledPair(only(pair.left(), Script.CYRILLIC), only(pair.right(), Script.LATIN), pair.positive(), pair.group());
        }
        if (hasScript(pair.right(), Script.CYRILLIC) && hasScript(pair.left(), Script.LATIN)) {
            return new LabelledPair(only(pair.left(), Script.LATIN), only(pair.right(), Script.CYRILLIC), pair.positive(), pair.group());
        }
        return null;
    }

    /** The writing systems the names of either side are in (see {@link WritingSystem}). */
    static Set<String> writingSystems(LabelledPair pair) {
        Set<String> out = new java.util.TreeSet<>();
        for (ListedEntity e : List.of(pair.left(), pair.right())) {
            e.names().forEach(n -> out.add(WritingSystem.of(n)));
        }
        out.remove("none");
        return out;
    }

    /** The pair reduced to the names in {@code script} on one side and the Latin ones on the other, or null. */
    static @Nullable LabelledPair across(LabelledPair pair, String script) {
        if (has(pair.left(), script) && has(pair.right(), "latin")) {
            return new LabelledPair(only(pair.left(), script), only(pair.right(), "latin"), pair.positive(), pair.group());
        }
        if (has(pair.right(), script) && has(pair.left(), "latin")) {
            return new LabelledPair(only(pair.left(), "latin"), only(pair.right(), script), pair.positive(), pair.group());
        }
        return null;
    }

    private static boolean has(ListedEntity entity, String script) {
        return entity.names().stream().anyMatch(n -> WritingSystem.of(n).equals(script));
    }

    private static ListedEntity only(ListedEntity entity, String script) {
        Map<String, List<String>> properties = new LinkedHashMap<>(entity.properties());
        for (String p : List.of("name", "alias", "previousName", "weakAlias", "firstName", "lastName", "fatherName", "middleName")) {
            properties.put(p, entity.values(p).stream().filter(n -> WritingSystem.of(n).equals(script)).toList());
        }
        String caption = WritingSystem.of(entity.caption()).equals(script) ? entity.caption() : "";
        if (caption.isEmpty() && properties.get("name").isEmpty()) {
            properties.put("name", entity.names().stream().filter(n -> WritingSystem.of(n).equals(script)).toList());
        }
        return new ListedEntity(entity.id(), entity.schema(), caption, properties, entity.dataset());
    }

    private static boolean hasScript(ListedEntity entity, Script script) {
        return entity.names().stream().anyMatch(n -> NameMatcher.scriptOf(n) == script);
    }

    /** The entity with only the names written in one script (name parts in other scripts dropped too). */
    static ListedEntity only(ListedEntity entity, Script script) {
        Map<String, List<String>> properties = new LinkedHashMap<>(entity.properties());
        for (String p : List.of("name", "alias", "previousName", "weakAlias", "firstName", "lastName", "fatherName", "middleName")) {
            List<String> kept = entity.values(p).stream().filter(n -> NameMatcher.scriptOf(n) == script).toList();
            properties.put(p, kept);
        }
        List<String> names = new ArrayList<>(properties.get("name"));
        String caption = NameMatcher.scriptOf(entity.caption()) == script ? entity.caption() : "";
        if (caption.isEmpty() && names.isEmpty()) {
            names.addAll(entity.names().stream().filter(n -> NameMatcher.scriptOf(n) == script).toList());
            properties.put("name", names);
        }
        return new ListedEntity(entity.id(), entity.schema(), caption, properties, entity.dataset());
    }

    private static void header(PrintWriter out) {
        out.printf(Locale.ROOT, "%-34s %5s %5s |", "", "pairs", "pos");
        for (String system : SYSTEMS) {
            out.printf(Locale.ROOT, " %-27s |", system + "  P     R     F1    F2");
        }
        out.println();
    }

    private static void row(PrintWriter out, String label, List<Scores> list, double threshold) {
        long positives = list.stream().filter(Scores::positive).count();
        out.printf(Locale.ROOT, "%-34s %5d %5d |", label.length() > 34 ? label.substring(0, 34) : label, list.size(), positives);
        for (int system = 0; system < SYSTEMS.length; system++) {
            Counts c = Counts.of(list, system, threshold);
            out.printf(Locale.ROOT, " %-5s%.3f %.3f %.3f %.3f |", "", c.precision(), c.recall(), c.f1(), c.f2());
        }
        out.println();
    }

    /** A confusion count and its measures. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

        static Counts of(List<Scores> list, int system, double threshold) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (Scores s : list) {
                boolean predicted = s.scores()[system] >= threshold;
                if (predicted && s.positive()) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (s.positive()) {
                    fn++;
                } else {
                    tn++;
                }
            }
            return new Counts(tp, fp, fn, tn);
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
        }

        public double f1() {
            return fBeta(1);
        }

        public double f2() {
            return fBeta(2);
        }

        private double fBeta(double beta) {
            double p = precision();
            double r = recall();
            double b2 = beta * beta;
            return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
        }
    }
}
