package org.passage.screening.internal;

/**
 * An English word of a company's name written in Cyrillic letters as it sounds (Эдвансд Advanced, Интернешнл
 * International, Чартера Charter) and read back through the Cyrillic romanisation: the English spelling is turned
 * into the letters a Russian ear writes (c before e, i, y is s; tion is shn; ph f; w v; x ks; j and the romanised dzh
 * one sound), and the two words agree when their consonants agree in order, five or more of them, and both
 * begin with a vowel or both with a consonant. Vowels are left
 * out, since Russian writes an English vowel as it hears it (Advanced эдвансд) and adds case endings (Чартера).
 * Not a table of names: a rule of English spelling. For organisations only, and only between a word romanised from
 * Cyrillic and a Latin one that nothing else matched.
 */
final class EnglishInCyrillic {

    /** Consonants that must agree: with four, Planeta would be Plant and Drake Dark; five are a word's own. */
    static final int MIN_CONSONANTS = 5;

    private EnglishInCyrillic() {
    }

    /** {@code cyrillic} (romanised from Cyrillic) transcribes the English word {@code latin}. */
    static boolean transcribes(NameToken cyrillic, NameToken latin) {
        if (cyrillic.numeric() || latin.numeric() || latin.abjad() || latin.syllabic() || latin.sound() != null
                || latin.text().length() < MIN_SPOKEN) {
            return false;
        }
        String english = consonants(englishSounds(latin.text()));
        if (english.length() < MIN_CONSONANTS) {
            return saidAs(cyrillic, latin.text());
        }
        boolean vowelFirst = vowel(latin.text().charAt(0));
        for (String spelling : cyrillic.spellings()) {
            if (vowel(spelling.charAt(0)) == vowelFirst && consonants(spelling.replace("dzh", "j").replace("zh", "j").replace("kh", "h")).equals(english)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One of the two is romanised from Cyrillic and transcribes the other, an English word. A Cyrillic word has two
     * spellings or more (one per romanisation system), an English word one.
     */
    static boolean sameWord(NameToken a, NameToken b) {
        if ((a.spellings().size() > 1) == (b.spellings().size() > 1) || a.abjad() || b.abjad() || a.syllabic() || b.syllabic()) {
            return false;
        }
        return a.spellings().size() > 1 ? transcribes(a, b) : transcribes(b, a);
    }

    /** Letters of the shortest English word read back with its vowels (Drake, Kate, Mike). */
    static final int MIN_SPOKEN = 4;

    /**
     * A short English word whose long vowel Russian writes as it is said: the vowel before a silent final e (Drake
     * дрейк, Mike майк, Duke дюк, Stone стоун) and ee, ea, oo (Green грин, Dean дин, Moon мун). Compared as the whole
     * spelling, vowels and all, so a short word agrees only with its own transcription, never with any word of the
     * same consonants (Drake is not Dark).
     */
    private static boolean saidAs(NameToken cyrillic, String english) {
        String said = spoken(english);
        if (said == null) {
            return false;
        }
        for (String spelling : cyrillic.spellings()) {
            if (spelling.equals(said)) {
                return true;
            }
        }
        return false;
    }

    /** The English word as a Russian transcription writes it when it has one of those long vowels; null when it has none. */
    static @org.jspecify.annotations.Nullable String spoken(String word) {
        String w = englishSounds(word);
        int n = w.length();
        if (n >= MIN_SPOKEN && w.charAt(n - 1) == 'e' && !vowel(w.charAt(n - 2)) && "aiou".indexOf(w.charAt(n - 3)) >= 0
                && (n == 3 || !vowel(w.charAt(n - 4)))) {
            char v = w.charAt(n - 3);
            String sound = v == 'a' ? "ey" : v == 'i' ? "ay" : v == 'o' ? "ou" : "yu";
            return w.substring(0, n - 3) + sound + w.charAt(n - 2);
        }
        for (String[] pair : LONG_VOWELS) {
            int at = w.indexOf(pair[0]);
            if (at >= 0) {
                return w.substring(0, at) + pair[1] + w.substring(at + 2);
            }
        }
        return null;
    }

    private static final String[][] LONG_VOWELS = {{"ee", "i"}, {"ea", "i"}, {"oo", "u"}};

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** The English spelling with the letters that write another sound replaced by the letters of that sound. */
    static String englishSounds(String word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
            if (c == 'c' && (next == 'e' || next == 'i' || next == 'y')) {
                out.append('s');
            } else if (c == 'c' && next == 'k') {
                out.append('k');
                i++;
            } else if (c == 'c' && next != 'h') {
                out.append('k');
            } else if (c == 't' && word.startsWith("ion", i + 1)) {
                out.append("sh"); // international, интернешнл
            } else if (c == 'p' && next == 'h') {
                out.append('f');
                i++;
            } else if (c == 'x') {
                out.append("ks");
            } else if (c == 'q') {
                out.append('k');
            } else if (c == 'w') {
                out.append('v');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The consonants in order, h after s, c and z kept as one sound (sh, ch, zh), a doubled one once, h alone left out. */
    static String consonants(String spelling) {
        StringBuilder out = new StringBuilder(spelling.length());
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) {
                continue;
            }
            char symbol = c;
            if ((c == 's' || c == 'c' || c == 'z') && i + 1 < spelling.length() && spelling.charAt(i + 1) == 'h') {
                symbol = Character.toUpperCase(c);
                i++;
            } else if (c == 'h') {
                continue;
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != symbol) {
                out.append(symbol);
            }
        }
        return out.toString();
    }
}
