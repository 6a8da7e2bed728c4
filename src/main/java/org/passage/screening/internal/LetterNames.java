package org.passage.screening.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Latin letters written out by their English names in Bengali, Devanagari and Thai ({@code letter-names.txt}): the
 * initials of a Bangladeshi or Indian name (এম এ মালেক, M. A. Maleque) and the letters of a Thai company's acronym
 * (ทีเอบี, TAB). A word made of these names alone is read as its letters, so that it meets the initials of the other
 * side; any other word is left as it is.
 */
final class LetterNames {

    private static final Map<String, Character> NAMES = load();
    private static final int LONGEST = NAMES.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** Letters a written-out acronym may have: longer runs are words that happen to split so. */
    private static final int MAX_LETTERS = 5;

    private LetterNames() {
    }

    /** The Latin letters a word spells by their names (m for এম, tab for ทีเอบี), or null when it is not made of them. */
    static @Nullable String spelled(String word) {
        if (word.isEmpty() || word.length() > MAX_LETTERS * LONGEST || word.charAt(0) < 0x0900) {
            return null; // Latin, Cyrillic, Arabic and Hebrew words: none of them is asked about
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            int end = Math.min(word.length(), i + LONGEST);
            Character letter = null;
            for (; end > i; end--) { // the longest name first: เอ็ม m before เอ a
                letter = NAMES.get(word.substring(i, end));
                if (letter != null) {
                    break;
                }
            }
            if (letter == null || out.length() == MAX_LETTERS) {
                return null;
            }
            out.append(letter.charValue());
            i = end;
        }
        return out.toString();
    }

    private static Map<String, Character> load() {
        Map<String, Character> names = new HashMap<>();
        for (DataFile.Line line : DataFile.lines("letter-names.txt")) {
            String[] parts = line.text().split("\\s+");
            if (parts.length < 2 || !parts[0].matches("[a-z]")) {
                throw line.error("a Latin letter and its written names expected");
            }
            for (int k = 1; k < parts.length; k++) {
                String name = Romanizer.fold(parts[k]);
                if (names.put(name, parts[0].charAt(0)) != null) {
                    throw line.error("'" + parts[k] + "' names two letters");
                }
            }
        }
        return Map.copyOf(names);
    }
}
