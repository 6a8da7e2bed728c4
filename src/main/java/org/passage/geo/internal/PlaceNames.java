package org.passage.geo.internal;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;

/**
 * The comparison key of a place name, so that "Гостомель", "гостомель", "Hostomel'" and "Hostomel" meet:
 * case, accents, apostrophes, hyphens and ё/е are levelled. Cyrillic is also keyed by its Latin
 * transliteration, for names GeoNames lists only in Latin.
 */
final class PlaceNames {

    private static final java.util.regex.Pattern SETTLEMENT_TYPE = java.util.regex.Pattern.compile(
            "^(?iu)(г|гор|м|с|смт|пгт|пос|сел|город|місто|село|селище|посёлок|поселок|деревня|станица|хутор|city of|town of|village of)\\.?\\s+");
    private static final String APOSTROPHES = "'’ʼ`´\"ʹ";
    private static final String SEPARATORS = "-‐–—.,()";
    private static final ThreadLocal<Transliterator> TO_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII"));

    private PlaceNames() {
    }

    /** One pass over the characters: the gazetteer keys some 150,000 names at start-up. */
    static String key(String name) {
        String text = Normalizer.isNormalized(name, Normalizer.Form.NFKD) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || APOSTROPHES.indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0) {
                pendingSpace = key.length() > 0;
                continue;
            }
            if (pendingSpace) {
                key.append(' ');
                pendingSpace = false;
            }
            key.append(Character.toLowerCase(c));
        }
        return key.toString();
    }

    static boolean isCyrillic(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (Character.UnicodeBlock.of(name.charAt(i)) == Character.UnicodeBlock.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** "г. Буча", "м. Буча", "село Мотижин", "пгт Гостомель" → the name alone. */
    static String withoutSettlementType(String name) {
        return SETTLEMENT_TYPE.matcher(name.strip()).replaceFirst("");
    }

    /** Latin key of a Cyrillic name ("Гостомель" → "gostomel"). */
    static String latinKey(String name) {
        return key(TO_LATIN.get().transliterate(name));
    }
}
