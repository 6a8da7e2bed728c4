package org.passage.geo.internal;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of a place name, so that "Гостомель", "гостомель", "Hostomel'" and "Hostomel" meet:
 * case, accents, apostrophes, hyphens and ё/е are levelled. Cyrillic is also keyed by its Latin
 * transliteration, for names GeoNames lists only in Latin.
 */
final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`´\"ʹ]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–—.,()]+");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII"));

    private PlaceNames() {
    }

    static String key(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        text = MARKS.matcher(text).replaceAll("");
        text = APOSTROPHES.matcher(text).replaceAll("");
        text = SEPARATORS.matcher(text).replaceAll(" ").strip();
        return text;
    }

    static boolean isCyrillic(String name) {
        return CYRILLIC.matcher(name).find();
    }

    /** Latin key of a Cyrillic name ("Гостомель" → "gostomel"). */
    static String latinKey(String name) {
        return key(TO_LATIN.get().transliterate(name));
    }
}
