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
                matches.add(judged(query, unit, Math.min(1.0, best), bestAlias));
            }
        }
        matches.sort(Comparator.comparingDouble(UnitMatch::score).reversed().thenComparing(m -> m.unit().name(), UnitOrder.NAMES));
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
    }

    /**
     * What kind of unit the candidate is (the first type and branch its name or aliases tell) and how well that fits
     * the query: a different or unknown type or branch is said in a warning, so it is never taken silently.
     */
    static UnitMatch judged(UnitName query, UnitView unit, double score, String alias) {
        Type type = Type.UNIT;
        Branch branch = Branch.NONE;
        String region = null;
        for (String name : (Iterable<String>) Stream.concat(Stream.of(unit.name()), unit.aliases().stream())::iterator) {
            UnitName n = UnitName.parse(name);
            type = type == Type.UNIT ? n.type() : type;
            branch = branch == Branch.NONE ? n.branch() : branch;
            region = region == null ? n.region() : region;
        }
        String kind = (branch == Branch.NONE ? "" : words(branch) + " ") + (type == Type.UNIT ? "unit" : words(type));
        if (query.number() != null && alias.startsWith("в/ч ") || score >= 1.0 && query.number() != null) {
            return new UnitMatch(unit, score, alias, kind, UnitMatch.Fit.EXACT, "");
        }
        if (query.ordinal() == null) {
            return new UnitMatch(unit, score, alias, kind, UnitMatch.Fit.WORDS, "matched by words only: check its type and branch");
        }
        List<String> warnings = new ArrayList<>();
        if (query.type() == Type.UNIT) {
            warnings.add("he named no type; this is a " + kind);
        } else if (type == Type.UNIT) {
            warnings.add("its type is not recorded: check it is a " + words(query.type()));
        } else if (type != query.type()) {
            // the same ordinal of another type (a regiment named, a brigade found) is another unit until shown otherwise
            warnings.add("he named a " + words(query.type()) + "; this is a " + kind);
        }
        if (query.branch() != Branch.NONE && branch == Branch.NONE) {
            warnings.add("its branch is not recorded: check it is " + words(query.branch()));
        } else if (query.branch() == Branch.NONE && branch != Branch.NONE && query.type() != Type.UNIT) {
            warnings.add("he named no branch; this one is " + words(branch));
        } else if (query.branch() != Branch.NONE && branch != Branch.NONE && branch != query.branch()) {
            warnings.add("he named " + words(query.branch()) + "; this one is " + words(branch));
        }
        // the DPR's or LPR's "1st brigade" is not Russia's, nor the other way round: never taken without a word
        boolean sameRegion = java.util.Objects.equals(query.region(), region);
        if (!sameRegion) {
            warnings.add(region == null ? "he named the " + query.region() + "; this unit is not recorded as one of its formations"
                    : "this is a formation of the " + region + "; he did not say so");
        }
        // exact: the type and the branch he named are the unit's (a branch he did not name is not assumed)
        boolean exact = query.type() != Type.UNIT && query.type() == type && query.branch() == branch && sameRegion;
        return new UnitMatch(unit, score, alias, kind, exact ? UnitMatch.Fit.EXACT : UnitMatch.Fit.PARTIAL, String.join("; ", warnings));
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
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
