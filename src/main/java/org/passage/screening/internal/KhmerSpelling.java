package org.passage.screening.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Khmer names as Latin spellings, for {@link SoundReading}: ICU has no Khmer-Latin, so the letters' spellings come
 * from {@code khmer-letters.txt} (UNGEGN, widened by passport spellings). Khmer is an abugida: a consonant with no
 * vowel sign carries an inherent vowel (a or o by its series; also unsaid at a syllable's end), a consonant after
 * the coeng ្ is written under the previous one and takes that one's vowel (នរោត្តម Norodom), and a consonant under
 * the cancellation mark ៍ is silent.
 */
final class KhmerSpelling {

    private static final char COENG = '\u17D2';
    private static final char CANCEL = '\u17CD';
    private static final Map<Character, String[]> CONSONANTS = new HashMap<>();
    private static final Map<Character, String[]> SIGNS = new HashMap<>();
    private static final String[] INHERENT = {"", "a", "o", "e", "u"};

    static {
        load();
    }

    private KhmerSpelling() {
    }

    static boolean isKhmer(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x1780 && c <= 0x17FF) {
                return true;
            }
        }
        return false;
    }

    /** The word as units of Latin spellings, or null when it holds no Khmer letter. */
    static @Nullable List<String[]> units(String word) {
        List<String[]> units = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i + 1 < word.length() && word.charAt(i + 1) == CANCEL) {
                i++;
                continue; // silenced letter
            }
            String[] consonant = CONSONANTS.get(c);
            if (consonant != null) {
                units.add(consonant);
                int k = i + 1;
                while (k < word.length() && SIGNS.containsKey(word.charAt(k)) && SIGNS.get(word.charAt(k)).length == 1
                        && SIGNS.get(word.charAt(k))[0].isEmpty()) {
                    k++; // series and other silent signs between a consonant and its vowel
                }
                char next = k < word.length() ? word.charAt(k) : 0;
                if (next != COENG && !(SIGNS.containsKey(next) && !SIGNS.get(next)[0].isEmpty())) {
                    units.add(INHERENT);
                }
                continue;
            }
            String[] sign = SIGNS.get(c);
            if (sign != null && !(sign.length == 1 && sign[0].isEmpty())) {
                units.add(sign);
            }
        }
        return units.isEmpty() ? null : units;
    }

    /** One plain spelling of the word (each unit's first spelling, an inherent vowel a inside the word and unsaid at its end). */
    static String spelling(String word) {
        List<String[]> units = units(word);
        if (units == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            String[] unit = units.get(i);
            sb.append(unit == INHERENT ? (i + 1 == units.size() ? "" : "a") : unit[0]);
        }
        return sb.toString();
    }

    private static void load() {
        for (DataFile.Line line : DataFile.lines("khmer-letters.txt")) {
            String[] f = line.text().split("\t");
            if (f.length < 3 || !"CSV".contains(f[0]) || f[0].length() != 1 || f[1].isEmpty()) {
                throw line.error("expected 'C, V or S<tab>letter<tab>spellings'");
            }
            String[] spellings = f[2].equals("-") ? new String[] {""} : f[2].split(" ");
            (f[0].equals("C") ? CONSONANTS : SIGNS).put(f[1].charAt(0), spellings);
        }
    }
}
