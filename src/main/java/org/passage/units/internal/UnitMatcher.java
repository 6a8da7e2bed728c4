package org.passage.units.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.passage.units.UnitMatch;
import org.passage.units.UnitView;
import org.passage.units.internal.UnitVocabulary.Branch;
import org.passage.units.internal.UnitVocabulary.Type;

/**
 * Ranks known units for a free-text name. A в/ч number is decisive (1.0); otherwise the ordinal must agree and
 * type, branch and region add to the score (a conflicting type or branch rules a unit out); text without an
 * ordinal falls back to word overlap with the aliases.
 */
final class UnitMatcher {

    static final double MINIMUM = 0.4;

    private UnitMatcher() {
    }

    static List<UnitMatch> rank(String text, Collection<UnitView> units, int limit) {
        if (text.isBlank() || limit <= 0) {
            return List.of();
        }
        UnitName query = UnitName.parse(text);
        List<UnitMatch> matches = new ArrayList<>();
        for (UnitView unit : units) {
            double best = 0;
            String bestAlias = unit.name();
            if (query.number() != null && query.number().equals(unit.number())) {
                best = 1.0;
                bestAlias = "в/ч " + unit.number();
            }
            for (String alias : (Iterable<String>) Stream.concat(Stream.of(unit.name()), unit.aliases().stream())::iterator) {
                UnitName candidate = UnitName.parse(alias);
                double score = query.number() != null && query.number().equals(candidate.number()) ? 1.0 : score(query, candidate);
                if (score > best) {
                    best = score;
                    bestAlias = alias;
                }
            }
            if (best >= MINIMUM) {
                matches.add(new UnitMatch(unit, Math.min(1.0, best), bestAlias));
            }
        }
        matches.sort(Comparator.comparingDouble(UnitMatch::score).reversed().thenComparing(m -> m.unit().name()));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
    }

    static double score(UnitName query, UnitName candidate) {
        if (query.ordinal() != null) {
            if (!query.ordinal().equals(candidate.ordinal())) {
                return 0;
            }
            double score = 0.5;
            if (query.type() != Type.UNIT && candidate.type() != Type.UNIT) {
                if (query.type() != candidate.type()) {
                    return 0;
                }
                score += 0.25;
            }
            if (query.branch() != Branch.NONE && candidate.branch() != Branch.NONE) {
                if (query.branch() != candidate.branch()) {
                    return 0;
                }
                score += 0.2;
            }
            if (query.region() != null || candidate.region() != null) {
                score += query.region() != null && query.region().equals(candidate.region()) ? 0.05 : -0.1;
            } else {
                score += 0.05;
            }
            return score;
        }
        return 0.9 * overlap(query.normalized(), candidate.normalized());
    }

    /** Share of the query's words found in the candidate (prefix match for words of four letters or more). */
    private static double overlap(String query, String candidate) {
        if (query.isBlank() || candidate.isBlank()) {
            return 0;
        }
        Set<String> words = new HashSet<>(Arrays.asList(candidate.split(" ")));
        String[] asked = query.split(" ");
        int found = 0;
        for (String word : asked) {
            if (words.contains(word) || word.length() >= 4 && words.stream().anyMatch(w -> w.startsWith(word) || word.startsWith(w) && w.length() >= 4)) {
                found++;
            }
        }
        double recall = (double) found / asked.length;
        double precision = (double) found / words.size();
        return recall < 0.5 ? 0 : (2 * recall * precision) / (recall + precision);
    }
}
