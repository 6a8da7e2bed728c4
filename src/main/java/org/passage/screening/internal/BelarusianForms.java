package org.passage.screening.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Russian spellings behind a Belarusian surname in Latin letters, as Belarusian passports and the EU and UK lists
 * write it (Shautsou for Шаўцоў, which is Russian Шевцов; Kubrakou, Кубраков). Belarusian writes what it says: ў
 * (Latin u) where Russian has в after a vowel and before a consonant or at the end, and а where an unstressed е
 * follows a consonant Belarusian keeps hard (ш, ж, ч, ц, р: Шаўцоў, Шевцов; Чаркасаў, Черкасов). Asked only for a
 * word that ends as a Belarusian -аў/-оў/-еў surname does, so no English or German word (Paul, Haus) is read so.
 * Source: the Belarusian official romanisation (Instruction on transliteration of 2000, as in Belarusian passports)
 * and the vowel reduction and hard consonants of Belarusian orthography (Belarusian Academy of Sciences, 2008 rules).
 */
final class BelarusianForms {

    private static final Pattern U_BEFORE_CONSONANT = Pattern.compile("([aeio])u(?=[^aeiouy]|$)");
    private static final Pattern A_AFTER_HARD_CONSONANT = Pattern.compile("(sh|zh|ch|ts|r)a");

    private BelarusianForms() {
    }

    /** ў written u after a, e, o or i, before a consonant or at the end, as the в Russian writes there (Zimousky: zimovsky). */
    static String vForU(String word) {
        return U_BEFORE_CONSONANT.matcher(word).replaceAll("$1v");
    }

    /** The Russian readings of a lower-case ASCII word ending in a vowel and u, the ending first (Shautsou: shautsov, shavtsov, shevtsov). */
    static List<String> russian(String word) {
        Set<String> out = new LinkedHashSet<>();
        String ending = word.substring(0, word.length() - 1) + "v";
        out.add(ending);
        String v = vForU(ending);
        out.add(v);
        out.add(A_AFTER_HARD_CONSONANT.matcher(v).replaceFirst("$1e"));
        return List.copyOf(out);
    }
}
