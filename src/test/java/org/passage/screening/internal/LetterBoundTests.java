package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LetterBoundTests {

    /** Vowels, h, w, j, y, confusable and same-sound consonants, capitals of phonetic forms, and a letter beyond ASCII. */
    private static final String LETTERS = "aeiouyhwjbpdtgkqcxszvflrmnAHCSé";

    @Test
    void lettersOneWordLacksCountAtLeastOneEditEach() {
        assertThat(LetterBound.UNIT.halves("petrov", "ivanov")).isEqualTo(4); // p, e, t, r that ivanov lacks: four edits at least
        assertThat(Levenshtein.distance("petrov", "ivanov", 10)).isEqualTo(4);
        assertThat(Levenshtein.halvesFromLetters("rashid", "lashid")).isEqualTo(1); // r for l is half an edit
        assertThat(Levenshtein.halvesFromLetters("rashid", "mashid")).isEqualTo(2);
        assertThat(Levenshtein.halvesFromLetters("nuri", "noori")).isEqualTo(1); // u for o, or u left out: half an edit
        assertThat(Levenshtein.halves("rashid", "mashid", 1)).isEqualTo(2);
        assertThat(LetterBound.UNIT.halves("petrov", "petrvo")).isZero(); // the same letters: nothing to say
        assertThat(LetterBound.UNIT.halves("josé", "jose")).isZero(); // a letter beyond a to z: no bound
    }

    /**
     * A bound above the distance would turn a match into none. With a budget of 1,000 the table never stops early, so it
     * gives the distance itself; a bound past a smaller budget then means the distance is past it too, which the table
     * says as well (it answers the budget + 1 or the distance), so no caller's answer changes.
     */
    @Test
    void theBoundIsNeverAboveTheDistance() {
        Random random = new Random(11);
        for (int n = 0; n < 300_000; n++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? typo(typo(a, random), random) : random.nextInt(2) == 0 ? typo(a, random) : word(random);
            assertThat(LetterBound.UNIT.halves(a, b)).as(a + " " + b).isLessThanOrEqualTo(Levenshtein.distance(a, b, 1000));
            assertThat(Levenshtein.halvesFromLetters(a, b)).as(a + " " + b).isLessThanOrEqualTo(Levenshtein.halves(a, b, 1000));
            assertThat(Levenshtein.spellingHalvesFromLetters(a, b)).as(a + " " + b).isLessThanOrEqualTo(Levenshtein.spellingHalves(a, b, 1000));
        }
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 1 + random.nextInt(9); i >= 0; i--) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    /** One letter replaced, put in, left out, or two neighbours swapped. */
    private static String typo(String word, Random random) {
        StringBuilder w = new StringBuilder(word);
        int at = random.nextInt(w.length());
        char c = LETTERS.charAt(random.nextInt(LETTERS.length()));
        switch (random.nextInt(4)) {
            case 0 -> w.setCharAt(at, c);
            case 1 -> w.insert(at, c);
            case 2 -> {
                if (w.length() > 1) {
                    w.deleteCharAt(at);
                }
            }
            default -> {
                if (at + 1 < w.length()) {
                    char x = w.charAt(at);
                    w.setCharAt(at, w.charAt(at + 1));
                    w.setCharAt(at + 1, x);
                }
            }
        }
        return w.toString();
    }
}
