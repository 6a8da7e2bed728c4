package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevenshteinTests {

    @Test
    void damerauDistanceWithEarlyExit() {
        assertThat(Levenshtein.distance("petrov", "petrvo", 2)).isEqualTo(1);
        assertThat(Levenshtein.distance("petrov", "ivanov", 1)).isEqualTo(2);
    }

    @Test
    void halvesCountVowelsHAndConfusableConsonantsAsHalf() {
        assertThat(Levenshtein.halves("nuri", "noori", 10)).isEqualTo(2);
        assertThat(Levenshtein.halves("ahmed", "ahmad", 10)).isEqualTo(1);
        assertThat(Levenshtein.halves("rashid", "lashid", 10)).isEqualTo(1);
        assertThat(Levenshtein.halves("rashid", "mashid", 10)).isEqualTo(2);
        assertThat(Levenshtein.halves("akhmed", "akmed", 10)).isEqualTo(1);
        assertThat(Levenshtein.halves("abcdef", "uvwxyz", 3)).isEqualTo(4);
    }

    @Test
    void halvesGiveUpOnLengthsFartherApartThanTheBudgetAndReadLettersBeyondAscii() {
        assertThat(Levenshtein.halves("ab", "abaaaa", 3)).isEqualTo(4);
        assertThat(Levenshtein.halves("ab", "abaaaa", 4)).isEqualTo(4);
        assertThat(Levenshtein.halves("jose", "josé", 4)).isEqualTo(2);
        assertThat(Levenshtein.substitution('r', 'l')).isEqualTo(1);
        assertThat(Levenshtein.substitution('l', 'r')).isEqualTo(1);
        assertThat(Levenshtein.substitution('a', 'é')).isEqualTo(2);
        assertThat(Levenshtein.substitution('x', 'x')).isZero();
    }

    @Test
    void spellingHalvesCountRomanisationSwapsAsHalfAnEdit() {
        assertThat(Levenshtein.spellingHalves("araghi", "araqi", 4)).isEqualTo(2);
        assertThat(Levenshtein.spellingHalves(Levenshtein.digraphs("araghi"), Levenshtein.digraphs("araqi"), 4)).isEqualTo(1);
        assertThat(Levenshtein.spellingHalves("merkur", "merkel", 4)).isEqualTo(3);
        assertThat(Levenshtein.spellingHalves("brenner", "bremmer", 1)).isEqualTo(2); // stops past the budget
        assertThat(Levenshtein.digraphs("zakharchenko")).isEqualTo("zakarcenko");
    }
}
