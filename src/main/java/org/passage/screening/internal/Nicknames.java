package org.passage.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Nicknames and short forms of given names of many languages ({@code nicknames.txt}: Bill for William, Pepe for José,
 * Bibi for Benjamin), by lower-case ASCII spelling. Apart from the East Slavic table ({@link GivenNames}), which also
 * decides which word of a name is a given name: this one only says that two words may name the same person, so that
 * adding a name here changes no role and no weight.
 */
final class Nicknames {

    private static final Nicknames INSTANCE = load();

    /** For every form (full name or nickname), the full names it stands for. */
    private final Map<String, Set<String>> fullNames;
    /** The full names of the table by {@link #spellingKey}, for spellings of a full name the table does not list. */
    private final Map<String, Set<String>> fullNamesByKey;

    private Nicknames(Map<String, Set<String>> fullNames) {
        this.fullNames = fullNames;
        Map<String, Set<String>> byKey = new HashMap<>();
        fullNames.forEach((form, names) -> {
            if (names.contains(form)) {
                byKey.computeIfAbsent(spellingKey(form), k -> new HashSet<>()).add(form);
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        byKey.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        this.fullNamesByKey = Map.copyOf(frozen);
    }

    static Nicknames table() {
        return INSTANCE;
    }

    /** Whether the two spellings are one full name and its nickname, or two nicknames of one full name. */
    boolean related(String a, String b) {
        Set<String> x = fullNames.get(a);
        Set<String> y = fullNames.get(b);
        if (x == null && y == null) {
            return false; // the common case, answered without a spelling key: neither word is a given name of the table
        }
        x = x != null ? x : byKey(a);
        y = y != null ? y : byKey(b);
        for (String full : x) {
            if (y.contains(full)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the spelling is a full given name of the table (whose front cuts are short forms of it). */
    boolean isFullName(String a) {
        Set<String> x = fullNames.get(a);
        return x != null ? x.contains(a) : fullNamesByKey.containsKey(spellingKey(a));
    }

    /** The full names of which a spelling the table does not list is another spelling (Nicolas for Nicholas). */
    private Set<String> byKey(String spelling) {
        return fullNamesByKey.getOrDefault(spellingKey(spelling), Set.of());
    }

    /**
     * A key under which the English, Romance and Nordic spellings of one given name meet (Nicholas, Nicolas, Nikolas;
     * Philip, Filip, Phillip; Carl, Karl; Michael, Mikael), so that the table need list a full name only once.
     */
    static String spellingKey(String spelling) {
        StringBuilder out = new StringBuilder(spelling.length());
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            char next = i + 1 < spelling.length() ? spelling.charAt(i + 1) : 0;
            if ((c == 'p' && next == 'h')) {
                c = 'f';
                i++;
            } else if ((c == 't' && next == 'h') || (c == 'c' && (next == 'k' || next == 'h'))) {
                c = c == 't' ? 't' : 'k';
                i++;
            } else if (c == 'c') {
                c = 'k';
            } else if (c == 'y') {
                c = 'i';
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Nicknames load() {
        Map<String, Set<String>> byForm = new HashMap<>();
        for (DataFile.Line line : DataFile.lines("nicknames.txt")) {
            int eq = line.text().indexOf('=');
            if (eq <= 0 || !line.text().matches("[a-z]+ *=( *[a-z]+ *,?)*")) {
                throw line.error("expected 'full = nick, nick' in lower-case ASCII");
            }
            String full = line.text().substring(0, eq).strip();
            byForm.computeIfAbsent(full, k -> new HashSet<>()).add(full);
            for (String nick : line.text().substring(eq + 1).split(",")) {
                if (!nick.isBlank()) {
                    byForm.computeIfAbsent(nick.strip(), k -> new HashSet<>()).add(full);
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        byForm.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new Nicknames(Map.copyOf(frozen));
    }
}
