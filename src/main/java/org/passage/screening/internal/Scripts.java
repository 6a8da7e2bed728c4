package org.passage.screening.internal;

/** Which writing system a word is in; a name written in Cyrillic is romanised before it is compared. */
enum Scripts {
    LATIN, CYRILLIC, OTHER, NONE;

    /** The script of the word's letters: the majority if they are mixed (a stray Latin "o" in a Cyrillic word). */
    static Scripts of(CharSequence word) {
        int latin = 0;
        int cyrillic = 0;
        int other = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = Character.codePointAt(word, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else {
                other++;
            }
        }
        if (latin + cyrillic + other == 0) {
            return NONE;
        }
        if (cyrillic >= latin && cyrillic >= other) {
            return CYRILLIC;
        }
        return latin >= other ? LATIN : OTHER;
    }

    /** Arabic, Persian, Urdu or Hebrew letters: short vowels unwritten, so the Latin reading has only consonants. */
    static boolean isAbjad(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(word.charAt(i));
            if (s == Character.UnicodeScript.ARABIC || s == Character.UnicodeScript.HEBREW || s == Character.UnicodeScript.SYRIAC) {
                return true;
            }
        }
        return false;
    }

    static boolean hasCyrillic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }
}
