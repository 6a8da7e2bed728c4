package org.passage.screening.internal;

/**
 * A descriptive word of an organisation's name cut short: CONSTR for Construction, ELECTR. for Electronics, IND for
 * Industries, DEVELOP for Development. Registers and lists abbreviate the trade words of a name by truncation, the
 * first way ISO 4 (the rules of the List of Title Word Abbreviations) abbreviates a word: the word's own first
 * letters, at least two letters dropped, ending in a consonant (ISO 4 cuts a word before a vowel or after a
 * consonant cluster, so that the abbreviation is not itself a syllable that ends a word: "electr.", "constr.",
 * "ind."). Only a word of the lexicon ({@link OrgTerms}: a trade word, never a brand) is read so, and only against a
 * word the lexicon does not know: "Petro" (a brand's opening, and a vowel) is not Petrochemical, nor "Trade" Trading.
 */
final class TruncatedWords {

    /** Letters of the shortest abbreviation read: IND, ENG; two letters (CO, EL) are a legal form or an initial. */
    static final int MIN_LETTERS = 3;
    /** Letters the abbreviation drops at the least (ISO 4: an abbreviation saves two letters or more). */
    static final int DROPPED = 2;
    /** As sure as an inflected form: the letters written are the word's own, the rest is read. */
    static final double SIMILARITY = 0.85;

    private TruncatedWords() {
    }

    /** One of the two words is the other, a word of the lexicon, cut short. */
    static boolean abbreviates(NameToken x, NameToken y) {
        String a = x.text();
        String b = y.text();
        if (a.length() > b.length()) {
            return truncation(a, x.term(), b, y.term());
        }
        return truncation(b, y.term(), a, x.term());
    }

    private static boolean truncation(String word, String wordTerm, String cut, String cutTerm) {
        if (wordTerm.isEmpty() || !cutTerm.isEmpty() || cut.length() < MIN_LETTERS || word.length() - cut.length() < DROPPED
                || !OrgTerms.descriptive(wordTerm) || !word.startsWith(cut)) {
            return false;
        }
        return "aeiouy".indexOf(cut.charAt(cut.length() - 1)) < 0 && latin(cut);
    }

    private static boolean latin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
