package org.passage.units.internal;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * A Latin spelling of a Cyrillic name (ICU's Russian and Ukrainian BGN/PCGN rules, then plain ASCII), stored as an
 * alias so that "Vagner", "Piatnashka" or "Sparta" typed by an English-speaking caseworker reaches the unit.
 */
final class Transliteration {

    private static final Transliterator RUSSIAN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private static final Transliterator UKRAINIAN = Transliterator.getInstance("Ukrainian-Latin/BGN; Latin-ASCII");

    private Transliteration() {
    }

    static boolean cyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** "ru" or "uk" for a Cyrillic name (Ukrainian letters і, ї, є, ґ decide), "en" otherwise. */
    static String language(String text) {
        if (!cyrillic(text)) {
            return "en";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.chars().anyMatch(c -> c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') ? "uk" : "ru";
    }

    /** The Latin spelling of a Cyrillic name, or the name itself. */
    static String latin(String text) {
        if (!cyrillic(text)) {
            return text;
        }
        synchronized (Transliteration.class) { // ICU transliterators are not thread-safe
            return (language(text).equals("uk") ? UKRAINIAN : RUSSIAN).transliterate(text).replace("'", "").replace("\"", "");
        }
    }
}
