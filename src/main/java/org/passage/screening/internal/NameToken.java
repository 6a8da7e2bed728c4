package org.passage.screening.internal;

import java.util.List;
import java.util.Set;

/**
 * One word of a name with everything the matcher knows about it regardless of its place in the name: its
 * primary ASCII spelling, its phonetic forms (all romanisations, all readings of "ch"), the given-name groups
 * it belongs to, and, if it is shaped like a patronymic (-ович, -ovich, -ovych, -ovna …), the father's name.
 * Tokens are interned by the parser, so a million names share a few hundred thousand of these.
 *
 * @param text          primary lower-case ASCII spelling (BGN/PCGN for Cyrillic)
 * @param forms         phonetic forms, see {@link PhoneticForm}
 * @param givenGroups   given-name groups (canonical names) if the token is a known given name or diminutive
 * @param fatherGroups  for a patronymic-shaped token, the father's given-name groups (may be empty)
 * @param spellings     the token's Latin spellings (romanisations) before phonetic reduction
 * @param syllabic      read from Han or Hangul syllables: compared by whole spellings only, since one- and two-letter
 *                      syllables (li, yu, o) reduce to phonetic forms that half the world's names share
 * @param abjad         written in Arabic or Hebrew letters, which leave short vowels out: compared by consonants
 * @param reading       for an abjad word, the Latin spellings its letters allow (null otherwise)
 * @param sound         for a word in Hangul, kana or Chinese characters, the Latin spellings of its syllables as a
 *                      transcription of a foreign name (null otherwise), see {@link SoundReading}
 * @param term          the descriptive term of an organisation name the word stands for in any language (PLANT for
 *                      завод, usine, کارخانه), see {@link OrgTerms}; empty for a word that is none
 * @param cyrillic      written in Cyrillic letters, which write a foreign name as it is said (Оливье, Olivier)
 * @param digraphs      {@code text} with the digraphs of romanisations written as one letter ({@link Levenshtein#digraphs}),
 *                      worked out once per word: two Latin spellings are compared so on every pair of words, and
 *                      each was a look-up in a shared table (of 100,000 words, emptied when full)
 * @param spellingLengths the lengths of {@code spellings} as bits (bit n for a spelling of n letters, 63 for any longer),
 *                      so that a run of another name's words is compared only with spellings as long as it
 *                      ({@link WordBreaks}), without reading each spelling of each candidate's word
 * @param neutralForms  {@code forms} with a feminine ending removed ({@link #neutralForm}), in the same order: the forms
 *                      themselves (the same list) for a word that has none
 * @param leadClasses   {@link PhoneticForm#leadClasses} of {@code text}: the first classes of any run of words this one
 *                      starts, or {@link PhoneticForm#UNDECIDED}, worked out once per word for {@link WordBreaks}
 */
record NameToken(String text, List<String> forms, Set<String> givenGroups, Set<String> fatherGroups, boolean patronymicShape,
                 boolean numeric, boolean abjad, List<String> spellings, boolean syllabic,
                 @org.jspecify.annotations.Nullable AbjadReading reading, @org.jspecify.annotations.Nullable SoundReading sound, String term,
                 boolean cyrillic, String digraphs, long spellingLengths, List<String> neutralForms, long leadClasses) {

    NameToken(String text, List<String> forms, Set<String> givenGroups, Set<String> fatherGroups, boolean patronymicShape,
              boolean numeric, boolean abjad, List<String> spellings, boolean syllabic, @org.jspecify.annotations.Nullable AbjadReading reading,
              @org.jspecify.annotations.Nullable SoundReading sound, String term, boolean cyrillic) {
        this(text, forms, givenGroups, fatherGroups, patronymicShape, numeric, abjad, spellings, syllabic, reading, sound, term, cyrillic,
                Levenshtein.rewritten(text), lengths(spellings), neutral(forms), PhoneticForm.leadClasses(text));
    }

    /** Each form without its feminine ending; {@code forms} itself when none has one. */
    private static List<String> neutral(List<String> forms) {
        List<String> out = null;
        for (int i = 0; i < forms.size(); i++) {
            String neutral = neutralForm(forms.get(i));
            if (out == null && neutral != forms.get(i)) {
                out = new java.util.ArrayList<>(forms.subList(0, i));
            }
            if (out != null) {
                out.add(neutral);
            }
        }
        return out == null ? forms : List.copyOf(out);
    }

    /** Bit n set for a word of n letters (63 for any longer). */
    static long lengthBit(int letters) {
        return 1L << Math.min(letters, 63);
    }

    private static long lengths(List<String> words) {
        long bits = 0;
        for (String w : words) {
            bits |= lengthBit(w.length());
        }
        return bits;
    }

    NameToken(String text, List<String> forms, Set<String> givenGroups, Set<String> fatherGroups, boolean patronymicShape,
              boolean numeric, boolean abjad, List<String> spellings, boolean syllabic, @org.jspecify.annotations.Nullable AbjadReading reading,
              @org.jspecify.annotations.Nullable SoundReading sound, String term) {
        this(text, forms, givenGroups, fatherGroups, patronymicShape, numeric, abjad, spellings, syllabic, reading, sound, term, false);
    }

    NameToken(String text, List<String> forms, Set<String> givenGroups, Set<String> fatherGroups, boolean patronymicShape,
              boolean numeric, boolean abjad, List<String> spellings, boolean syllabic, @org.jspecify.annotations.Nullable AbjadReading reading,
              @org.jspecify.annotations.Nullable SoundReading sound) {
        this(text, forms, givenGroups, fatherGroups, patronymicShape, numeric, abjad, spellings, syllabic, reading, sound, numeric ? "" : OrgTerms.term(text));
    }

    boolean isInitial() {
        // a one-syllable Korean or Chinese surname reads as one letter (이 i, 吴 e): a name, not an initial
        return text.length() == 1 && !numeric && !syllabic;
    }

    boolean isGivenName() {
        return !givenGroups.isEmpty();
    }

    /** Forms of a surname with its feminine ending removed (Иванова → Иванов, Ковальская → Ковальский). */
    static String neutralForm(String form) {
        int n = form.length();
        if (n >= 4 && form.charAt(n - 1) == 'A') {
            char before = form.charAt(n - 2);
            if (before == 'v' || before == 'n' || before == 'k') {
                return form.substring(0, n - 1);
            }
        }
        return form;
    }

    @Override
    public String toString() {
        return "NameToken[redacted]";
    }
}
