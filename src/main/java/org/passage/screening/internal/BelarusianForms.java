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

    /**
     * The Russian spelling behind a Belarusian word in Cyrillic (case-folded), as Belarusian spelling departs from it by
     * rule: ў for в; і for и; дз and ц for the д and т Russian softens before я, е, ё, ю, і and ь (дзеканне and цеканне:
     * Дзмітрый Дмитрий); я for the unstressed е between consonants (яканне: Дзямідаў Демидов); the -аў, -ава of a surname
     * for Russian -ов, -ова (аканне). Source: the Belarusian orthography rules of 2008 (§§ on аканне, яканне, дзеканне
     * and ў) read against Russian spelling. One reading, for the words that are surely Belarusian (with ў or дз).
     */
    static String russianSpelling(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            char after = i + 2 < n ? word.charAt(i + 2) : 0;
            if (c == 'д' && next == 'з' && SOFT.indexOf(after) >= 0) {
                sb.append('д');
                i++;
            } else if (c == 'ц' && SOFT.indexOf(next) >= 0 && i > 0) {
                sb.append('т');
            } else if (c == 'я' && i > 0 && i + 1 < n && CONSONANTS.indexOf(word.charAt(i - 1)) >= 0 && CONSONANTS.indexOf(next) >= 0) {
                sb.append('е');
            } else if (c == 'ў') {
                sb.append('в');
            } else if (c == 'і') {
                sb.append('и');
            } else {
                sb.append(c);
            }
        }
        String russian = sb.toString();
        if (russian.endsWith("ав") && russian.length() > 4) {
            return russian.substring(0, russian.length() - 2) + "ов";
        }
        if (russian.endsWith("ава") && russian.length() > 5) {
            return russian.substring(0, russian.length() - 3) + "ова";
        }
        return russian;
    }

    private static final String SOFT = "яеёюіь";
    private static final String CONSONANTS = "бвгджзйклмнпрстфхцчшў";

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
