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

    @Test
    void aBudgetOfOneEditAnswersAsTheTableDoes() {
        java.util.Random random = new java.util.Random(11);
        String letters = "abcab";
        for (int n = 0; n < 300_000; n++) {
            String x = randomWord(random, letters);
            String y = random.nextInt(3) == 0 ? x : randomWord(random, letters);
            if (random.nextBoolean() && x.length() > 1) {
                int at = random.nextInt(x.length() - 1);
                y = x.substring(0, at) + x.charAt(at + 1) + x.charAt(at) + x.substring(at + 2);
            }
            int byTable = Math.min(2, distanceByTable(x, y));
            assertThat(Levenshtein.distance(x, y, 1)).as(x + " " + y).isEqualTo(byTable);
        }
    }

    @Test
    void largerBudgetsAnswerAsTheFullTableDoes() {
        java.util.Random random = new java.util.Random(13);
        String letters = "abcabd";
        for (int n = 0; n < 300_000; n++) {
            String x = randomWord(random, letters) + randomWord(random, letters);
            String y = random.nextInt(4) == 0 ? x : randomWord(random, letters) + randomWord(random, letters);
            int budget = 2 + random.nextInt(3);
            int byTable = Math.min(budget + 1, distanceByTable(x, y));
            // past the budget only "more than the budget" is promised (the value may be larger than budget + 1)
            assertThat(Math.min(budget + 1, Levenshtein.distance(x, y, budget))).as(x + " " + y + " within " + budget).isEqualTo(byTable);
        }
    }

    private static String randomWord(java.util.Random random, String letters) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    /** The Damerau distance (adjacent transpositions) by its full table. */
    private static int distanceByTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
