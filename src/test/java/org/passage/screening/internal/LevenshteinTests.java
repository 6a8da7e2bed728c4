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

    @Test
    void digraphsReadInOnePassAnswerAsTheSearchForEachDigraphDoes() {
        java.util.Random random = new java.util.Random(7);
        String letters = "abcdghjkopstxzaeh";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int i = random.nextInt(9); i >= 0; i--) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertThat(Levenshtein.digraphs(word.toString())).as(word.toString()).isEqualTo(digraphsByEachDigraph(word.toString()));
        }
        assertThat(Levenshtein.digraphs("ivanov")).isSameAs(Levenshtein.digraphs("ivanov")).isEqualTo("ivanov");
    }

    /** The rewriting as it was written first: each digraph searched for and replaced, then doubled consonants made single. */
    private static String digraphsByEachDigraph(String word) {
        String[][] digraphs = {{"dzh", "j"}, {"tch", "c"}, {"sch", "s"}, {"ch", "c"}, {"ts", "c"}, {"tz", "c"}, {"cz", "c"}, {"zh", "j"},
                {"dj", "j"}, {"kh", "k"}, {"gh", "g"}, {"sh", "s"}, {"sz", "s"}, {"ph", "f"}, {"ck", "k"}, {"x", "k"}};
        String out = word;
        for (String[] d : digraphs) {
            out = out.replace(d[0], d[1]);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < out.length(); i++) {
            if (i == 0 || out.charAt(i) != out.charAt(i - 1) || "aeiouy".indexOf(out.charAt(i)) >= 0) {
                sb.append(out.charAt(i));
            }
        }
        return sb.toString();
    }
}
