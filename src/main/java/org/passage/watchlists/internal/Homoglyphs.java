package org.passage.watchlists.internal;

import java.util.Map;

/**
 * Words that mix Latin and Cyrillic letters. Real lists contain them ("ДOM" with a Latin O, typed on the wrong
 * keyboard layout, or "Алексáндр" with a Latin á as stress mark) and they defeat matching silently, so a
 * letter that looks the same in both scripts (accents aside) is replaced by its twin of the word's main
 * script. A word that still mixes scripts after that (letters with no twin) is kept as printed and reported
 * as a warning naming the record and field: refusing a whole official list over one garbled word would
 * leave the previous, older version in use.
 */
final class Homoglyphs {

    private static final String LATIN = "AaBCcEeHKkMOoPpTXxyIiJjSsĸ";
    private static final String CYRILLIC = "АаВСсЕеНКкМОоРрТХхуІіЈјЅѕк";
    private static final Map<Character, Character> TO_CYRILLIC = twins(LATIN, CYRILLIC);
    private static final Map<Character, Character> TO_LATIN = twins(CYRILLIC, LATIN);

    private Homoglyphs() {
    }

    static String repair(String value, String where, String field, java.util.function.Consumer<String> warnings) {
        if (!mayMix(value)) {
            return value;
        }
        StringBuilder out = null;
        int start = 0;
        while (start < value.length()) {
            int end = start;
            while (end < value.length() && Character.isLetter(value.charAt(end))) {
                end++;
            }
            if (end > start) {
                String word = value.substring(start, end);
                String fixed = repairWord(word, where, field, warnings);
                if (fixed != word) {
                    if (out == null) {
                        out = new StringBuilder(value);
                    }
                    out.replace(start, end, fixed);
                }
                start = end;
            } else {
                start++;
            }
        }
        return out == null ? value : out.toString();
    }

    private static String repairWord(String word, String where, String field, java.util.function.Consumer<String> warnings) {
        int latin = 0;
        int cyrillic = 0;
        int latinOnly = 0;
        int cyrillicOnly = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = base(word.charAt(i));
            var script = Character.UnicodeScript.of(word.charAt(i));
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
                latinOnly += TO_CYRILLIC.containsKey(c) ? 0 : 1;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                cyrillicOnly += TO_LATIN.containsKey(c) ? 0 : 1;
            }
        }
        if (latin == 0 || cyrillic == 0) {
            return word;
        }
        if (latinOnly > 0 && cyrillicOnly > 0) {
            warnings.accept(where + ", field " + field + ": the word '" + word + "' mixes Latin and Cyrillic letters (kept as printed)");
            return word;
        }
        // letters found in one script only decide; a word of look-alikes only goes by its majority
        boolean toCyrillic = cyrillicOnly > 0 || (latinOnly == 0 && cyrillic >= latin);
        Map<Character, Character> twins = toCyrillic ? TO_CYRILLIC : TO_LATIN;
        Character.UnicodeScript foreign = toCyrillic ? Character.UnicodeScript.LATIN : Character.UnicodeScript.CYRILLIC;
        var out = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.UnicodeScript.of(c) == foreign) {
                String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                out.append(twins.get(decomposed.charAt(0))).append(decomposed, 1, decomposed.length());
            } else {
                out.append(c);
            }
        }
        return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC);
    }

    /** Cheap pre-check: only a value with both a Latin letter and a Cyrillic one can hold a mixed word. */
    private static boolean mayMix(String value) {
        boolean latin = false;
        boolean cyrillic = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= 0xc0 && c < 0x250) {
                latin = true;
            } else if (c >= 0x400 && c < 0x530) {
                cyrillic = true;
            }
            if (latin && cyrillic) {
                return true;
            }
        }
        return false;
    }

    /** The letter without its accents ("á" → "a"), so that an accented look-alike counts as one. */
    private static char base(char c) {
        if (c < 0x80) {
            return c;
        }
        return java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0);
    }

    private static Map<Character, Character> twins(String from, String to) {
        var map = new java.util.HashMap<Character, Character>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to.charAt(i));
        }
        return Map.copyOf(map);
    }
}
