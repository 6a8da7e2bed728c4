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

    private GivenNames(Map<String, Set<String>> groupsByForm) {
        this.groupsByForm = groupsByForm;
    }

    static GivenNames table() {
        return INSTANCE;
    }

    /** The groups (canonical Russian names, romanised) that one of these forms belongs to; empty if not a known given name. */
    Set<String> groups(List<String> forms) {
        Set<String> out = null;
        for (String form : forms) {
            Set<String> groups = groupsByForm.get(form);
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
        for (DataFile.Line line : DataFile.lines("given-names.txt")) {
            int eq = line.text().indexOf('=');
            if (eq <= 0) {
                throw line.error("expected 'name = variant, variant'");
            }
            String canonical = line.text().substring(0, eq).strip();
            String group = Romanizer.romanize(Romanizer.fold(canonical)).getFirst();
            add(byForm, group, canonical);
            for (String variant : line.text().substring(eq + 1).split(",")) {
                if (!variant.isBlank()) {
                    add(byForm, group, variant.strip());
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        byForm.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new GivenNames(Map.copyOf(frozen));
    }

    private static void add(Map<String, Set<String>> byForm, String group, String name) {
        for (String latin : Romanizer.romanize(Romanizer.fold(name))) {
            for (String form : PhoneticForm.forms(latin)) {
                byForm.computeIfAbsent(form, k -> new HashSet<>()).add(group);
            }
        }
    }
}
