package org.passage.bench.screening;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.passage.screening.Screening;
import org.passage.watchlists.ListedEntity;

/**
 * Cross-script pairs screened through the engine's candidate index rather than scored pair by pair: the Latin side
 * of every cross-script pair of the file is listed once per distinct name (so each query meets all the file's other Latin names, the Kims
 * of the other pairs among them), the non-Latin side is the query, and a pair counts as found when the listed side
 * comes back as a match among the first {@link #LIMIT} hits. A name the pair scorer matches but the index does not
 * retrieve is a miss here: what a user of the screening page would see.
 */
public final class IndexRecall {

    /** Hits looked at per query, as the screening page shows. */
    static final int LIMIT = 10;

    private IndexRecall() {
    }

    public static void run(List<LabelledPair> pairs, PrintWriter out, boolean showErrors) {
        Map<String, List<LabelledPair>> byScript = new TreeMap<>();
        Map<String, ListedEntity> listed = new LinkedHashMap<>();
        for (LabelledPair pair : pairs) {
            for (String script : PairsEvaluation.writingSystems(pair)) {
                if (script.equals("latin")) {
                    continue;
                }
                LabelledPair across = PairsEvaluation.across(pair, script);
                if (across == null) {
                    continue;
                }
                boolean nativeLeft = !across.left().names().isEmpty()
                        && !WritingSystem.of(across.left().names().getFirst()).equals("latin");
                ListedEntity query = nativeLeft ? across.left() : across.right();
                ListedEntity side = nativeLeft ? across.right() : across.left();
                ListedEntity latin = listed.computeIfAbsent(String.join("|", side.names()), k -> side);
                byScript.computeIfAbsent(script, k -> new ArrayList<>())
                        .add(new LabelledPair(query, latin, across.positive(), across.group()));
            }
        }
        out.printf(Locale.ROOT, "Through the index (%d Latin names listed, a match among the first %d hits):%n", listed.size(), LIMIT);
        out.printf(Locale.ROOT, "%-28s %6s %6s | %8s %8s | %6s%n", "cross-script", "pairs", "pos", "found", "recall", "FP");
        try (Screening screening = Screening.of(listed.values())) {
            for (var entry : byScript.entrySet()) {
                int positives = 0;
                int found = 0;
                int falseAlerts = 0;
                for (LabelledPair pair : entry.getValue()) {
                    boolean hit = screening.screen(pair.left(), LIMIT).stream()
                            .anyMatch(h -> h.match() && h.entityId().equals(pair.right().id()));
                    if (showErrors && hit != pair.positive()) {
                        out.printf(Locale.ROOT, "%s index-%s | %s | %s | score %.2f%n", hit ? "FP" : "FN", entry.getKey(),
                                String.join(" ; ", pair.left().names()), String.join(" ; ", pair.right().names()),
                                Screening.compare(pair.left(), pair.right(), Screening.DEFAULT_THRESHOLD).score());
                    }
                    if (pair.positive()) {
                        positives++;
                        found += hit ? 1 : 0;
                    } else {
                        falseAlerts += hit ? 1 : 0;
                    }
                }
                out.printf(Locale.ROOT, "%-28s %6d %6d | %8d %8.3f | %6d%n", entry.getKey() + " vs latin", entry.getValue().size(), positives,
                        found, positives == 0 ? 0.0 : (double) found / positives, falseAlerts);
            }
        }
        out.flush();
    }
}
