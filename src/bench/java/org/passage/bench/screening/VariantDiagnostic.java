package org.passage.bench.screening;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.passage.screening.Screening;
import org.passage.screening.engine.NameMatcher;

/**
 * Why a listed person written another way is not found ({@code passage bench screening --diagnose}): for every
 * missed variant query it tells apart a scorer that rates the true entry under 0.70 when compared directly, a
 * candidate stage that does not bring it into the first {@link NameMatcher#CANDIDATES} (and whether it is among
 * the first 1,000), and a ranking that pushes it out of the top 10. Prints the counts and the first examples.
 */
public final class VariantDiagnostic {

    private final SyntheticNames names;
    private final PrintWriter out;

    public VariantDiagnostic(SyntheticNames names, PrintWriter out) {
        this.names = names;
        this.out = out;
    }

    public void run(int size, int queries, int examples) {
        var bench = new ScreeningBenchmark(names, out);
        long t = System.nanoTime();
        try (NameMatcher engine = new NameMatcher(names.entities(size))) {
            out.printf(Locale.ROOT, "%,d names indexed in %.1f s%n", size, (System.nanoTime() - t) / 1e9);
            int variants = 0;
            int scorer = 0;
            int retrievalNear = 0;
            int retrievalFar = 0;
            int rank = 0;
            int shown = 0;
            for (ScreeningBenchmark.Query q : bench.queries(size, queries)) {
                if (q.expectedId() == null) {
                    continue;
                }
                variants++;
                List<NameMatcher.Match> hits = engine.screen(q.entity(), 10);
                if (hits.stream().anyMatch(h -> h.id().equals(q.expectedId()) && h.score() >= 0.70)) {
                    continue;
                }
                long i = Long.parseLong(q.expectedId().substring("bench-".length()));
                var listed = names.entity(i);
                double direct = Screening.compare(q.entity(), listed, Screening.DEFAULT_THRESHOLD).score();
                int near = engine.candidateRank(q.entity(), q.expectedId(), NameMatcher.CANDIDATES);
                String why;
                if (direct < 0.70) {
                    scorer++;
                    why = "scorer";
                } else if (near < 0) {
                    int far = engine.candidateRank(q.entity(), q.expectedId(), 1_000);
                    if (far >= 0) {
                        retrievalNear++;
                        why = "candidate #" + far;
                    } else {
                        retrievalFar++;
                        why = "not in 1,000 candidates";
                    }
                } else {
                    rank++;
                    why = "ranked out of top 10";
                }
                if (shown++ < examples) {
                    out.printf(Locale.ROOT, "  miss (%s): query %s | listed %s | direct score %.2f%n", why, q.entity().values("name"),
                            listed.values("name"), direct);
                }
            }
            int missed = scorer + retrievalNear + retrievalFar + rank;
            out.printf(Locale.ROOT, "%,d variant queries, %,d missed: scorer < 0.70 %d, candidates 51-1000 %d, beyond 1000 %d, ranked out %d%n",
                    variants, missed, scorer, retrievalNear, retrievalFar, rank);
        }
    }
}
