package org.passage.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of given names with their Ukrainian/Belarusian forms, diminutives and Western spellings
 * ({@code given-names.txt}), looked up by phonetic form so that every romanisation of a variant finds its
 * group: Саша, Sasha, Sascha and Oleksandr all belong to Александр. Knowing a token is a given name also
 * lets the scorer refuse a match that rests on a common given name alone.
 */
final class GivenNames {

    private static final GivenNames INSTANCE = load();

    private final Map<String, Set<String>> groupsByForm;
    private final Map<String, Set<String>> groupsBySpelling;
    private final Map<String, Set<String>> spellingsByGroup;

    private GivenNames(Map<String, Set<String>> groupsByForm, Map<String, Set<String>> groupsBySpelling) {
        this.groupsByForm = groupsByForm;
        this.groupsBySpelling = groupsBySpelling;
        Map<String, Set<String>> spellings = new HashMap<>();
        groupsBySpelling.forEach((spelling, groups) -> groups.forEach(g -> spellings.computeIfAbsent(g, k -> new HashSet<>()).add(spelling)));
        this.spellingsByGroup = frozen(spellings);
    }

    static GivenNames table() {
        return INSTANCE;
    }

    /**
     * The groups of a word with these Latin spellings and phonetic forms: those the table lists one of the spellings in,
     * when it does; else those a phonetic form belongs to and one of whose listed spellings is a few letters from the
     * word's. A spelling the table lists decides, since phonetic forms drop what tells two names apart (Alexei and Alex
     * share one, and Alex is listed under Alexander); a phonetic form alone merges too much (Shargh would be Sergei,
     * Mega Mikhail), so an unlisted spelling must also be written near one the table lists (Mikha near Misha).
     */
    Set<String> groups(List<String> spellings, List<String> forms) {
        Set<String> listed = lookUp(groupsBySpelling, spellings);
        if (!listed.isEmpty()) {
            return listed;
        }
        Set<String> heard = lookUp(groupsByForm, forms);
        if (heard.isEmpty()) {
            return heard;
        }
        Set<String> near = new HashSet<>();
        for (String group : heard) {
            if (writtenNear(spellings, spellingsByGroup.getOrDefault(group, Set.of()))) {
                near.add(group);
            }
        }
        return near.size() == heard.size() ? heard : Set.copyOf(near);
    }

    /** One of the spellings is within a third of its length (at least one letter) of one of the listed ones. */
    private static boolean writtenNear(List<String> spellings, Set<String> listed) {
        for (String spelling : spellings) {
            int budget = Math.max(1, (spelling.length() + 1) / 3);
            for (String other : listed) {
                if (Levenshtein.distance(spelling, other, budget) <= budget) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The groups of the names spelled exactly so (no phonetic folding: Aleksey is not Alex); empty if none. */
    Set<String> groupsSpelled(List<String> spellings) {
        return lookUp(groupsBySpelling, spellings);
    }

    /** The groups (canonical Russian names, romanised) that one of these forms belongs to; empty if not a known given name. */
    Set<String> groups(List<String> forms) {
        return lookUp(groupsByForm, forms);
    }

    private static Set<String> lookUp(Map<String, Set<String>> groupsByKey, List<String> keys) {
        Set<String> out = null;
        for (String key : keys) {
            Set<String> groups = groupsByKey.get(key);
            if (groups != null) {
                if (out == null) {
                    out = new HashSet<>();
                }
                out.addAll(groups);
            }
        }
        return out == null ? Set.of() : Set.copyOf(out);
    }

    private static GivenNames load() {
        Map<String, Set<String>> byForm = new HashMap<>();
        Map<String, Set<String>> bySpelling = new HashMap<>();
        for (DataFile.Line line : DataFile.lines("given-names.txt")) {
            int eq = line.text().indexOf('=');
            if (eq <= 0) {
                throw line.error("expected 'name = variant, variant'");
            }
            String canonical = line.text().substring(0, eq).strip();
            String group = Romanizer.romanize(Romanizer.fold(canonical)).getFirst();
            add(byForm, bySpelling, group, canonical);
            for (String variant : line.text().substring(eq + 1).split(",")) {
                if (!variant.isBlank()) {
                    add(byForm, bySpelling, group, variant.strip());
                }
            }
        }
        return new GivenNames(frozen(byForm), frozen(bySpelling));
    }

    private static Map<String, Set<String>> frozen(Map<String, Set<String>> map) {
        Map<String, Set<String>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return Map.copyOf(out);
    }

    private static void add(Map<String, Set<String>> byForm, Map<String, Set<String>> bySpelling, String group, String name) {
        for (String latin : Romanizer.romanize(Romanizer.fold(name))) {
            bySpelling.computeIfAbsent(latin, k -> new HashSet<>()).add(group);
            for (String form : PhoneticForm.forms(latin)) {
                byForm.computeIfAbsent(form, k -> new HashSet<>()).add(group);
            }
        }
    }
}
