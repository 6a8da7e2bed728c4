package org.passage.screening.internal;

import java.util.Set;

/**
 * Persian surnames made of a name and a suffix word (Rostam + abadi, Shams + abad, Hassan + zadeh, Mousavi + nejad)
 * that a list writes apart and out of order: "ABADI, Shokufeh Rostam" (the suffix taken for the surname, the name
 * left among the given names) or آباد شمس (the two words of شمس‌آباد in reversed order, as text copied from a
 * right-to-left layout comes). {@link WordBreaks} joins only adjacent words in their order; here the suffix word is
 * joined after any other word of the same name when the two together are a word of the other name, letter for
 * letter in Latin or read as the Arabic letters would be said. A name without a suffix word costs one set look-up per
 * word; the suffix is never joined to a word it does not complete.
 */
final class PersianCompounds {

    /** The suffix words, in Latin and as a word in Persian letters reads (آباد abad, زاده zadh, نژاد nzhad, وند wnd). */
    private static final Set<String> SUFFIXES = Set.of("abad", "abadi", "abady", "zadeh", "zade", "zada", "zadh", "nejad", "nezhad", "nejhad",
            "nzhad", "njad", "vand", "wand", "wnd", "nia", "nya");

    private PersianCompounds() {
    }

    /** Whether a word is one of the suffix words, in Latin or in Persian letters. */
    static boolean suffix(String word) {
        return SUFFIXES.contains(word);
    }

    /** {@code name} with a suffix word joined to the word before which it belongs, where {@code other} writes them as one word; the same object if none. */
    static ParsedName join(ParsedName name, ParsedName other) {
        int n = name.size();
        if (n < 2) {
            return name;
        }
        NameToken[] tokens = name.tokens();
        for (int s = 0; s < n; s++) {
            if (!SUFFIXES.contains(tokens[s].text()) || s > 0 && wordOf(tokens[s - 1], tokens[s], other) >= 0) {
                continue; // the word just before and its suffix are WordBreaks' case (آخوند زاده, Akhundzada)
            }
            for (int k = 0; k < n; k++) {
                if (k == s || k == s - 1 || tokens[k].numeric() || tokens[k].abjad() != tokens[s].abjad()
                        || k + 1 < n && SUFFIXES.contains(tokens[k + 1].text())) {
                    continue; // nor a word that has a suffix of its own after it
                }
                int j = wordOf(tokens[k], tokens[s], other);
                if (j >= 0) {
                    return joined(name, k, s, other, j);
                }
            }
        }
        return name;
    }

    /** The index of the word of {@code other} that {@code first} and {@code suffix} written as one word are, or -1. */
    private static int wordOf(NameToken first, NameToken suffix, ParsedName other) {
        String joined = first.text() + suffix.text();
        NameToken[] pair = first.abjad() ? new NameToken[] {first, suffix} : null;
        for (int j = 0; j < other.size(); j++) {
            NameToken whole = other.tokens()[j];
            if (whole.numeric() || whole.text().length() < joined.length() - 3) {
                continue;
            }
            if (!first.abjad() && !whole.abjad() && whole.spellings().contains(joined)) {
                return j;
            }
            if (pair != null && !whole.abjad()) {
                AbjadReading reading = AbjadReading.join(pair, 0, 2);
                if (reading != null && reading.strongLetters() >= 3 && whole.spellings().stream().anyMatch(reading::readAs)) {
                    return j;
                }
            }
        }
        return -1;
    }

    private static ParsedName joined(ParsedName name, int first, int suffix, ParsedName other, int j) {
        int n = name.size();
        NameToken[] tokens = new NameToken[n - 1];
        byte[] roles = new byte[n - 1];
        int at = 0;
        for (int k = 0; k < n; k++) {
            if (k == suffix) {
                continue;
            }
            tokens[at] = k == first ? other.tokens()[j] : name.tokens()[k];
            roles[at] = k == first ? ParsedName.OTHER : name.roles()[k];
            at++;
        }
        return new ParsedName(tokens, roles, name.legalForm(), name.acronym());
    }
}
