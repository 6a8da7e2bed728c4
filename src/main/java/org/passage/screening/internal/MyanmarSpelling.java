package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Burmese names as their Latin forms write them: one Latin word a syllable (ထွန်းအောင် Htun Aung), each spelled by its
 * initial and its rhyme as names are ({@code myanmar-spellings.txt}: Htun, Thein, Kyaw, Aung, Hlaing, Myint).
 * Burmese writes a name without spaces, so a word is cut into its syllables first: a syllable begins at each
 * consonant or independent vowel that is not a final (killed by the asat ်, or stacked by the virama ္).
 */
final class MyanmarSpelling {

    private static final char ASAT = '\u103A';
    private static final char VIRAMA = '\u1039';
    private static final char CREAKY = '\u1037';
    private static final char VISARGA = '\u1038';
    private static final char YA_PIN = '\u103B';
    private static final char YA_YIT = '\u103C';
    private static final char HA_HTO = '\u103E';
    private static final char PLACEHOLDER = 'က';
    private static final Map<Character, String[]> INITIALS = new HashMap<>();
    private static final Map<String, String[]> RHYMES = new HashMap<>();
    /** Spellings kept a syllable: the product of initials and rhymes stays small. */
    private static final int MAX_SPELLINGS = 12;

    static {
        for (DataFile.Line line : DataFile.lines("myanmar-spellings.txt")) {
            String[] parts = line.text().split("\\s+");
            if (parts.length < 3 || !(parts[0].equals("I") || parts[0].equals("R"))) {
                throw line.error("I or R, the letters and their spellings expected");
            }
            String[] spellings = java.util.Arrays.copyOfRange(parts, 2, parts.length);
            for (int k = 0; k < spellings.length; k++) {
                if (spellings[k].equals("-")) {
                    spellings[k] = "";
                } else if (!spellings[k].matches("[a-z]+")) {
                    throw line.error("'" + spellings[k] + "' is not lower-case Latin");
                }
            }
            if (parts[0].equals("I")) {
                if (parts[1].length() != 1) {
                    throw line.error("one letter expected");
                }
                INITIALS.put(parts[1].charAt(0), spellings);
            } else {
                if (parts[1].charAt(0) != PLACEHOLDER) {
                    throw line.error("a rhyme is written after " + PLACEHOLDER);
                }
                RHYMES.put(parts[1].substring(1), spellings);
            }
        }
    }

    private MyanmarSpelling() {
    }

    static boolean isMyanmar(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x1000 || c > 0x109F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSyllable(char c) {
        return c >= 0x1000 && c <= 0x1021 || c >= 0x1023 && c <= 0x102A || c == 0x103F;
    }

    /** The syllables of a word in Burmese letters, in order. */
    static List<String> syllables(String word) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length(); i++) {
            if (startsSyllable(word.charAt(i)) && word.charAt(i - 1) != VIRAMA && !isFinal(word, i)) {
                out.add(word.substring(start, i));
                start = i;
            }
        }
        out.add(word.substring(start));
        return out;
    }

    /** The consonant at {@code i} ends the syllable before it: an asat (after a creaky-tone dot, in either order) or a virama follows. */
    private static boolean isFinal(String word, int i) {
        int j = i + 1;
        while (j < word.length() && word.charAt(j) == CREAKY) {
            j++;
        }
        return j < word.length() && (word.charAt(j) == ASAT || word.charAt(j) == VIRAMA);
    }

    /** The Latin spellings of one syllable, or an empty list when its rhyme is not in the table. */
    static List<String> spellings(String syllable) {
        if (syllable.isEmpty() || !startsSyllable(syllable.charAt(0))) {
            return List.of();
        }
        char initial = syllable.charAt(0);
        String[] initials = INITIALS.get(initial);
        if (initials == null) {
            return List.of();
        }
        boolean creaky = false;
        boolean yMedial = false;
        boolean hMedial = false;
        StringBuilder rhyme = new StringBuilder();
        for (int i = 1; i < syllable.length(); i++) {
            char c = syllable.charAt(i);
            if (c == CREAKY) {
                creaky = true;
            } else if (c == YA_PIN || c == YA_YIT) {
                yMedial = true;
            } else if (c == HA_HTO) {
                hMedial = true;
            } else if (c != VISARGA) {
                rhyme.append(c);
            }
        }
        if (initial >= 0x1023 && initial <= 0x102A) {
            return rhyme.isEmpty() ? List.of(initials) : List.of(); // ဦး U: the vowel is the letter
        }
        String[] rhymes = RHYMES.get(rhyme.toString());
        if (rhymes == null && rhyme.length() > 0 && rhyme.charAt(rhyme.length() - 1) == ASAT) {
            rhymes = RHYMES.get(rhyme.substring(0, rhyme.length() - 1)); // ော် aw: the asat on a vowel sign changes its tone only
        }
        if (rhymes == null) {
            return List.of();
        }
        Set<String> onsets = new LinkedHashSet<>();
        for (String s : initials) {
            String onset = s;
            if (hMedial) {
                onset = initial == 'ရ' || initial == 'ယ' ? "sh" : "h" + s; // လှ hl, မှ hm; ရှ sh
            }
            if (yMedial) {
                onsets.add(onset + "y"); // ကျ ky, မြ my
                if (initial == 'ခ' || initial == 'ဂ') {
                    onsets.add(initial == 'ခ' ? "ch" : "j"); // ချ ch, ဂျ j
                }
            } else {
                onsets.add(onset);
            }
        }
        boolean nasal = rhyme.length() >= 2 && "နငမ".indexOf(rhyme.charAt(rhyme.length() - 2)) >= 0;
        List<String> out = new ArrayList<>();
        for (String onset : onsets) {
            for (String r : rhymes) {
                if (out.size() < MAX_SPELLINGS) {
                    out.add(onset + r);
                    if (creaky && nasal && out.size() < MAX_SPELLINGS) {
                        out.add(onset + r + "t"); // the creaky tone of a nasal rhyme written with a t: Myint, Nyunt
                    }
                }
            }
        }
        return out;
    }

    /** The spellings of a word of one syllable or more, its syllables' spellings joined; empty when a syllable has none. */
    static List<String> wordSpellings(String word) {
        List<String> out = List.of("");
        for (String syllable : syllables(word)) {
            List<String> each = spellings(syllable);
            if (each.isEmpty()) {
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String head : out) {
                for (String tail : each) {
                    if (next.size() < MAX_SPELLINGS) {
                        next.add(head + tail);
                    }
                }
            }
            out = next;
        }
        return out;
    }

    /** A word of Burmese syllables cut into them (for a name's words), or null for any other word or one syllable. */
    static @Nullable List<String> cut(String word) {
        if (!isMyanmar(word)) {
            return null;
        }
        List<String> syllables = syllables(word);
        return syllables.size() >= 2 ? syllables : null;
    }
}
