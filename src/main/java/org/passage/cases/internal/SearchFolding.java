package org.passage.cases.internal;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings a name, a handle or a place to one comparable form whatever the script or transliteration it was typed in:
 * Cyrillic goes to Latin (BGN/PCGN), accents go, and the usual spelling variants of Russian names fold together
 * (Щербаков, Shcherbakov, Scherbakov, Ščerbakov; Дмитрий, Dmitriy, Dmitry, Dmitrij; Алексей, Aleksey, Alexei;
 * Фёдор, Fyodor, Fedor).
 * The same folding is applied to what is searched and to what is searched for, so only the two forms are compared.
 */
final class SearchFolding {

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private static final String[][] VARIANTS = {
            {"shch", "S"}, {"sch", "S"}, {"sh", "S"}, {"zh", "Z"}, {"tsch", "C"}, {"tch", "C"}, {"ch", "C"}, {"kh", "h"},
            {"ts", "c"}, {"tz", "c"}, {"x", "ks"}, {"w", "v"}, {"ph", "f"}, {"ck", "k"}, {"q", "k"},
            {"yu", "u"}, {"iu", "u"}, {"ju", "u"}, {"ya", "a"}, {"ia", "a"}, {"ja", "a"}, {"yo", "e"}, {"jo", "e"},
            {"ye", "e"}, {"je", "e"}, {"y", "i"}, {"j", "i"},
    };

    private SearchFolding() {
    }

    /** The folded words of {@code text}, in order; digits stay digits. */
    static List<String> words(String text) {
        String latin = text.toLowerCase(Locale.ROOT).replace("š", "sh").replace("č", "ch").replace("ž", "zh").replace("ć", "ch");
        synchronized (TO_LATIN) {
            latin = TO_LATIN.transliterate(latin);
        }
        // soft and hard signs (Наталья, Natal'ya) are no letters of the name
        latin = latin.replaceAll("['\u02B9\u02BA\u2019`\"]", "");
        List<String> words = new ArrayList<>();
        for (String raw : latin.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!raw.isEmpty()) {
                words.add(variant(raw));
            }
        }
        return words;
    }

    /** All words folded, separated and surrounded by single spaces, so that a word can be looked for as " word". */
    static String fold(String text) {
        List<String> words = words(text);
        return words.isEmpty() ? " " : " " + String.join(" ", words) + " ";
    }

    /** The digits of {@code text} when it has at least six of them (a phone number however it was typed), else empty. */
    static String digits(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.length() >= 6 ? digits : "";
    }

    private static String variant(String word) {
        String w = word;
        for (String[] v : VARIANTS) {
            w = w.replace(v[0], v[1]);
        }
        StringBuilder single = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1) || Character.isDigit(w.charAt(i))) {
                single.append(w.charAt(i));
            }
        }
        return single.toString();
    }
}
