package org.passage.screening.internal;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/**
 * A lower bound of an edit distance from the letters alone, asked before the table of {@link Levenshtein}: most pairs of
 * words compared in a screening are two different names, and the table told them apart only after a few of its rows.
 * Each letter that one word has and the other lacks must be left out or replaced by a letter the other has:
 * at least one edit of that letter, each at its own place in the word, so the cheapest of these per letter, summed,
 * is at most the distance (a swap of two neighbours moves letters both words have). Both sides are counted, and the
 * larger sum is the bound. Costs in half edits, as {@link Levenshtein#halves} counts them (a letter put in costs what
 * it costs to leave out); for words with a character outside a to z and A to Z (the capitals of phonetic forms) no
 * bound is given (0).
 */
final class LetterBound {

    private static final int LETTERS = 52;

    /** Plain edits: every change costs one. */
    static final LetterBound UNIT = of(c -> 1, (x, y) -> x == y ? 0 : 1);

    /** Per letter: what leaving it out costs, the cheapest replacement, and the letters that replace it for less than leaving it out. */
    private final int[] alone;
    private final int[] cheaper;
    private final long[] replacedCheaply;

    private LetterBound(int[] alone, int[] cheaper, long[] replacedCheaply) {
        this.alone = alone;
        this.cheaper = cheaper;
        this.replacedCheaply = replacedCheaply;
    }

    /**
     * From the costs of one edit distance: per letter, the cost of leaving it out, the cheapest cost of replacing it,
     * and the letters that replace it for less than leaving it out.
     */
    static LetterBound of(IntUnaryOperator indel, IntBinaryOperator substitution) {
        int[] alone = new int[LETTERS];
        int[] cheaper = new int[LETTERS];
        long[] replacedCheaply = new long[LETTERS];
        for (int x = 0; x < LETTERS; x++) {
            alone[x] = indel.applyAsInt(letter(x));
            int cheapest = alone[x];
            for (int y = 0; y < LETTERS; y++) {
                if (y != x) {
                    // the cheaper of the two ways, should a rule ever cost them differently: still at most what it costs
                    int cost = Math.min(substitution.applyAsInt(letter(x), letter(y)), substitution.applyAsInt(letter(y), letter(x)));
                    cheapest = Math.min(cheapest, cost);
                    if (cost < alone[x]) {
                        replacedCheaply[x] |= 1L << y; // when the other word has one of these, the letter may cost less
                    }
                }
            }
            cheaper[x] = cheapest;
        }
        return new LetterBound(alone, cheaper, replacedCheaply);
    }

    /** At most the distance between {@code a} and {@code b} under these costs, in half edits (0 when a character is not a letter of a to z or A to Z). */
    int halves(CharSequence a, CharSequence b) {
        long x = letters(a);
        long y = letters(b);
        if (x < 0 || y < 0) {
            return 0;
        }
        return Math.max(lacking(x & ~y, y), lacking(y & ~x, x));
    }

    /** The cheapest way to be rid of each of {@code missing}'s letters in a word beside one with {@code other}'s letters. */
    private int lacking(long missing, long other) {
        int sum = 0;
        while (missing != 0) {
            int letter = Long.numberOfTrailingZeros(missing);
            missing &= missing - 1;
            sum += (replacedCheaply[letter] & other) != 0 ? cheaper[letter] : alone[letter];
        }
        return sum;
    }

    /** The letters of a word as bits (a to z are bits 0 to 25, A to Z 26 to 51), or -1 if it has another character. */
    private static long letters(CharSequence word) {
        long bits = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int bit;
            if (c >= 'a' && c <= 'z') {
                bit = c - 'a';
            } else if (c >= 'A' && c <= 'Z') {
                bit = c - 'A' + 26;
            } else {
                return -1;
            }
            bits |= 1L << bit;
        }
        return bits;
    }

    private static char letter(int bit) {
        return (char) (bit < 26 ? 'a' + bit : 'A' + bit - 26);
    }
}
