package org.passage.screening.internal;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** Edit distances with an early exit: names are short and only distances up to 2 or 3 matter. */
final class Levenshtein {

    private Levenshtein() {
    }

    /** The Damerau (adjacent transposition) edit distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    static int distance(CharSequence a, CharSequence b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        if (max == 1) {
            return withinOne(a, b);
        }
        if (LetterBound.UNIT.halves(a, b) > max) {
            return max + 1; // letters one word has and the other lacks: more edits than allowed, without the table
        }
        // the three rows of the table in one array (offsets prev2, prev, cur): one allocation per call, not three
        int w = m + 1;
        int[] rows = new int[3 * w];
        int prev2 = 0;
        int prev = w;
        int cur = 2 * w;
        for (int j = 0; j <= m; j++) {
            rows[prev + j] = j;
        }
        for (int i = 1; i <= n; i++) {
            rows[cur] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(rows[prev + j] + 1, rows[cur + j - 1] + 1), rows[prev + j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, rows[prev2 + j - 2] + 1);
                }
                rows[cur + j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return rows[prev + m];
    }

    /**
     * {@link #distance} with a budget of one edit, the most asked for (names of four to eight letters), without the
     * table: past the first difference the rest must agree after one change, a transposition, or a letter more on one side.
     */
    private static int withinOne(CharSequence a, CharSequence b) {
        int n = a.length();
        int m = b.length();
        int i = 0;
        while (i < n && i < m && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == n && i == m) {
            return 0;
        }
        boolean one;
        if (n == m) {
            one = sameFrom(a, i + 1, b, i + 1)
                    || i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i) && sameFrom(a, i + 2, b, i + 2);
        } else {
            one = n > m ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
        }
        return one ? 1 : 2;
    }

    /** {@code a} from {@code i} and {@code b} from {@code j} are the same letters. */
    private static boolean sameFrom(CharSequence a, int i, CharSequence b, int j) {
        if (a.length() - i != b.length() - j) {
            return false;
        }
        for (; i < a.length(); i++, j++) {
            if (a.charAt(i) != b.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static final String VOWELS = "aeiouy";
    private static final String[] CONFUSABLE = {"bp", "dt", "gk", "kq", "gq", "ck", "cs", "sz", "vw", "fv", "uv", "uw", "jy", "lr", "mn", "dz", "gj", "cq"};

    /**
     * An edit distance in half edits that knows which letters romanisations and typists swap: one vowel for another
     * (Nuri, Noori; Muhsin, Mohsen), a vowel or an h put in or left out (Jomaa, Joumaa; Ahmed, Ahmad), and confusable
     * consonants (r/l, b/p, d/t, g/k/q, v/w, s/z) cost half an edit; anything else a whole one. Returns the distance
     * in half edits, or {@code maxHalves + 1} as soon as it must exceed {@code maxHalves}. Lower-case ASCII input.
     */
    static int halves(CharSequence a, CharSequence b, int maxHalves) {
        return weighted(a, b, maxHalves, ROMANISED);
    }

    /**
     * The letter costs of one weighted edit distance, in half edits, for every pair of ASCII letters: looked up instead
     * of worked out, since the distance asks for them in its innermost loop (going through the confusable pairs there
     * was a tenth of a query's time). Other letters go through the rules themselves. {@code transposition}: the cost of
     * two neighbouring letters swapped, or {@link #NO_TRANSPOSITION}.
     */
    private record Costs(byte[] indels, byte[] substitutions, int transposition, IntUnaryOperator indelRule, IntBinaryOperator substitutionRule,
                         LetterBound letters) {

        static Costs of(IntUnaryOperator indelRule, IntBinaryOperator substitutionRule, int transposition) {
            byte[] indels = new byte[ASCII];
            byte[] substitutions = new byte[ASCII * ASCII];
            for (char x = 0; x < ASCII; x++) {
                indels[x] = (byte) indelRule.applyAsInt(x);
                for (char y = 0; y < ASCII; y++) {
                    substitutions[x * ASCII + y] = (byte) substitutionRule.applyAsInt(x, y);
                }
            }
            return new Costs(indels, substitutions, transposition, indelRule, substitutionRule, LetterBound.of(indelRule, substitutionRule));
        }

        int indel(char c) {
            return c < ASCII ? indels[c] : indelRule.applyAsInt(c);
        }

        int substitution(char x, char y) {
            return x < ASCII && y < ASCII ? substitutions[x * ASCII + y] : substitutionRule.applyAsInt(x, y);
        }
    }

    private static final int ASCII = 128;
    private static final int NO_TRANSPOSITION = -1;
    private static final Costs ROMANISED = Costs.of(c -> indelRule((char) c), (x, y) -> substitutionRule((char) x, (char) y), NO_TRANSPOSITION);

    /**
     * The edit distance in half edits under {@code costs}, or {@code maxHalves + 1} as soon as it must exceed
     * {@code maxHalves} (every letter put in or left out costs at least half an edit).
     */
    private static int weighted(CharSequence a, CharSequence b, int maxHalves, Costs costs) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > maxHalves) {
            return maxHalves + 1;
        }
        if (costs.letters().halves(a, b) > maxHalves) {
            return maxHalves + 1; // letters one word has and the other lacks cost more than allowed, without the table
        }
        // the three rows in one array, as in distance: one allocation per call, not three
        int w = m + 1;
        int[] rows = new int[3 * w];
        int prev2 = 0;
        int prev = w;
        int cur = 2 * w;
        for (int j = 1; j <= m; j++) {
            rows[prev + j] = rows[prev + j - 1] + costs.indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            rows[cur] = rows[prev] + costs.indel(ca);
            int rowMin = rows[cur];
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(rows[prev + j] + costs.indel(ca), rows[cur + j - 1] + costs.indel(cb)), rows[prev + j - 1] + costs.substitution(ca, cb));
                if (costs.transposition() != NO_TRANSPOSITION && i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, rows[prev2 + j - 2] + costs.transposition());
                }
                rows[cur + j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > maxHalves) {
                return maxHalves + 1;
            }
            int t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return rows[prev + m];
    }

    static int substitution(char x, char y) {
        return ROMANISED.substitution(x, y);
    }

    /** The bound from letters that {@link #halves} asks first (at most its distance). */
    static int halvesFromLetters(CharSequence a, CharSequence b) {
        return ROMANISED.letters().halves(a, b);
    }

    /** The bound from letters that {@link #spellingHalves} asks first (at most its distance). */
    static int spellingHalvesFromLetters(CharSequence a, CharSequence b) {
        return SPELLING.letters().halves(a, b);
    }

    private static int indelRule(char c) {
        return indel(c, "h");
    }

    private static int substitutionRule(char x, char y) {
        return substitution(x, y, CONFUSABLE);
    }

    /** Half an edit to put in or leave out a vowel or one of {@code alsoSoft}, a whole one for any other letter. */
    private static int indel(char c, String alsoSoft) {
        return VOWELS.indexOf(c) >= 0 || alsoSoft.indexOf(c) >= 0 ? 1 : 2;
    }

    /** Nothing for a letter kept, half an edit for a vowel for a vowel or two letters of one group, else a whole one. */
    private static int substitution(char x, char y, String[] groups) {
        if (x == y) {
            return 0;
        }
        if (VOWELS.indexOf(x) >= 0 && VOWELS.indexOf(y) >= 0) {
            return 1;
        }
        for (String group : groups) {
            if (group.indexOf(x) >= 0 && group.indexOf(y) >= 0) {
                return 1;
            }
        }
        return 2;
    }

    /** Letters that romanisations of one sound use in place of each other, by group (k/q/c/g/x, s/c/z, v/w/f/u/b, j/y/i …). */
    private static final String[] SAME_SOUND = {"kqcgx", "sczx", "vwfub", "jyi", "dt", "bp", "zj", "gj", "cj", "ct"};
    private static final String[][] DIGRAPHS = {{"dzh", "j"}, {"tch", "c"}, {"sch", "s"}, {"ch", "c"}, {"ts", "c"}, {"tz", "c"},
            {"cz", "c"}, {"zh", "j"}, {"dj", "j"}, {"kh", "k"}, {"gh", "g"}, {"sh", "s"}, {"sz", "s"}, {"ph", "f"}, {"ck", "k"}, {"x", "k"}};

    /**
     * A spelling with the digraphs of romanisations written as one letter and doubled consonants once (Zakharchenko:
     * zakarcenko; Hoffmann: hofman). Doubled vowels stay: Troost is not Rost.
     */
    static String digraphs(String word) {
        if (plain(word)) {
            return word; // the common case, in one pass and without a copy: asked for on every comparison of two Latin spellings
        }
        // the same listed words come back query after query (kh, ch, sh, ts in most romanised Russian names): remembered
        String known = DIGRAPHS_KEPT.get(word);
        if (known == null) {
            if (DIGRAPHS_KEPT.size() >= DIGRAPHS_KEPT_MAX) {
                DIGRAPHS_KEPT.clear();
            }
            known = rewriteDigraphs(word);
            DIGRAPHS_KEPT.put(word, known);
        }
        return known;
    }

    /** {@link #digraphs} without the shared table: for a word worked out once and kept with it ({@link NameToken#digraphs}). */
    static String rewritten(String word) {
        return plain(word) ? word : rewriteDigraphs(word);
    }

    private static final int DIGRAPHS_KEPT_MAX = 100_000;
    private static final java.util.Map<String, String> DIGRAPHS_KEPT = new java.util.concurrent.ConcurrentHashMap<>();

    private static String rewriteDigraphs(String word) {
        String out = word;
        for (String[] d : DIGRAPHS) {
            if (out.contains(d[0])) {
                out = out.replace(d[0], d[1]);
            }
        }
        if (!hasDoubledConsonant(out)) {
            return out; // the common case, without a copy: it is asked for on every comparison of two Latin spellings
        }
        StringBuilder sb = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            if (i == 0 || out.charAt(i) != out.charAt(i - 1) || VOWELS.indexOf(out.charAt(i)) >= 0) {
                sb.append(out.charAt(i));
            }
        }
        return sb.toString();
    }

    /**
     * No digraph of {@link #DIGRAPHS} and no doubled consonant in the word, so {@link #digraphs} leaves it as it is: one
     * pass over its letters instead of a search for each digraph (every longer digraph holds one of two letters).
     */
    private static boolean plain(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'x') {
                return false;
            }
            if (i == 0) {
                continue;
            }
            char p = word.charAt(i - 1);
            boolean digraph = switch (c) {
                case 'h' -> p == 'c' || p == 'z' || p == 'k' || p == 'g' || p == 's' || p == 'p';
                case 's' -> p == 't';
                case 'z' -> p == 't' || p == 'c' || p == 's';
                case 'j' -> p == 'd';
                case 'k' -> p == 'c';
                default -> false;
            };
            if (digraph || c == p && VOWELS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDoubledConsonant(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) == word.charAt(i - 1) && VOWELS.indexOf(word.charAt(i)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether two letters may begin one name in two romanisations: the same, two vowels or one sound ({@link #SPELLING}). */
    static boolean sameSoundLetters(char x, char y) {
        return Math.min(SPELLING.substitution(x, y), SPELLING.indel(x) + SPELLING.indel(y)) <= 1;
    }

    /**
     * An edit distance in half edits between two spellings of what may be one name: a vowel for a vowel, a vowel or h,
     * w, j, y put in or left out, a letter for one that writes the same sound in another romanisation
     * ({@link #SAME_SOUND}) and two letters swapped cost half an edit; any other change a whole one. Returns
     * {@code maxHalves + 1} as soon as the distance must exceed {@code maxHalves}. Lower-case ASCII input.
     */
    static int spellingHalves(CharSequence a, CharSequence b, int maxHalves) {
        return weighted(a, b, maxHalves, SPELLING);
    }

    private static final Costs SPELLING = Costs.of(c -> soft((char) c), (x, y) -> sameSound((char) x, (char) y), 1);

    private static int soft(char c) {
        return indel(c, "hwj");
    }

    private static int sameSound(char x, char y) {
        return substitution(x, y, SAME_SOUND);
    }
}
