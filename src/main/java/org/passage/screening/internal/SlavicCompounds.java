package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Russian, Ukrainian and Belarusian organisation names join their descriptive words into one: Метзавод is a
 * металлургический завод (Metallurgical Plant), Нефтегазовая oil and gas, Судоремонтный ship repair, Атомфлот the
 * atomic fleet, and Latin lists run words together on their own (MASHINOSTROITELNYYZAVOD). Such a word is read as its
 * stems ({@code slavic-compounds.txt}) and the words and stems of {@link OrgTerms}, each stem followed or not by the
 * linking vowel o or e; an unanswered compound of one name then answers the run of unanswered words of the other that
 * say its parts in the same order ({@link #cover}), as {@link OrgAcronyms} lets НПО answer the words it abbreviates.
 * The compound keeps its role (it is the name's own word: Gazprom is a company, not "gas industry"), and only a whole
 * reading counts: every part answered, in order, by adjacent words, and never as all the evidence (another word of the
 * compound's name must agree too).
 * <p>
 * Cheap first: only organisations' words of {@value #MIN_LETTERS} Latin letters or more that are no term themselves
 * and begin with a stem are cut, once per word (remembered); every other word costs one look at its first letters.
 */
final class SlavicCompounds {

    static final String TABLE = "slavic-compounds.txt";
    /** Letters of the shortest compound: two stems of three (метгаз). */
    static final int MIN_LETTERS = 6;
    /** Letters of the shortest part: мет, газ, гос. */
    static final int MIN_PART = 3;
    /** Parts of the longest compound read (Белтелерадиокомпания has five). */
    static final int MAX_PARTS = 5;
    /** Marks a part compared by its spelling (радио) rather than by its term. */
    private static final String SPELLING = "=";

    /** The Latin spellings of the stems, each with its term or {@link #SPELLING} + the spelling. */
    private static final Map<String, String> STEMS = new HashMap<>();
    /** The first two letters of every stem spelling: the gate a word passes before it is cut. */
    private static final boolean[] OPENINGS = new boolean[26 * 26];
    private static int longestStem;

    private static final String[] NONE = {};
    private static final int KEPT = 200_000;
    private static final Map<String, String[]> PARTS = new ConcurrentHashMap<>();

    static {
        for (DataFile.Line line : DataFile.lines(TABLE)) {
            String[] fields = line.text().split("\\s+");
            if (fields.length != 2 || !Scripts.of(fields[0]).equals(Scripts.CYRILLIC)) {
                throw line.error("expected 'стем TERM' or 'стем -'");
            }
            for (String form : Romanizer.romanize(Romanizer.fold(fields[0]))) {
                if (form.length() >= MIN_PART && isLatin(form)) {
                    STEMS.putIfAbsent(form, fields[1].equals("-") ? SPELLING + form : fields[1]);
                    OPENINGS[(form.charAt(0) - 'a') * 26 + form.charAt(1) - 'a'] = true;
                    longestStem = Math.max(longestStem, form.length());
                }
            }
        }
    }

    private SlavicCompounds() {
    }

    /**
     * The parts of a compound word in order, each a term of {@link OrgTerms} or "=" and a spelling; empty when the
     * word is no compound. Remembered per word (a pure function of the spelling); bounded.
     */
    static String[] parts(NameToken token) {
        String text = token.text();
        if (text.length() < MIN_LETTERS || !token.term().isEmpty() || token.numeric() || token.syllabic() || token.abjad()) {
            return NONE;
        }
        char a = text.charAt(0);
        char b = text.charAt(1);
        if (a < 'a' || a > 'z' || b < 'a' || b > 'z' || !OPENINGS[(a - 'a') * 26 + b - 'a']) {
            return NONE;
        }
        String[] parts = PARTS.get(text);
        if (parts == null) {
            if (PARTS.size() >= KEPT) {
                PARTS.clear();
            }
            parts = isLatin(text) ? cut(text) : NONE;
            PARTS.put(text, parts);
        }
        return parts;
    }

    /** The fewest parts that make up the whole word, the first a stem of the table; none when no such reading exists. */
    static String[] cut(String text) {
        return cut(text, null);
    }

    /**
     * The first letters of a compound's parts (гпб for Газпромбанк, gaz-prom-bank; втб for Внешторгбанк): the acronym
     * Russian makes of a compound of clipped stems, a Russian letter romanised in two (ts, ch, sh, kh, zh) as one;
     * "" when the word is no compound. Latin spellings only.
     */
    static String initials(String text) {
        if (text.length() < MIN_LETTERS || !isLatin(text)) {
            return "";
        }
        int[] starts = new int[MAX_PARTS];
        String[] parts = cut(text, starts);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < parts.length; k++) {
            String rest = text.substring(starts[k]);
            out.append(rest, 0, OrgAcronyms.initialLength(rest));
        }
        return out.toString();
    }

    /** The same, writing where each part begins into {@code starts} (null for none). */
    private static String[] cut(String text, int @org.jspecify.annotations.Nullable [] starts) {
        int n = text.length();
        // fewest[p]: the fewest parts text[p..] reads as (0 at the end, -1 when it does not read); part[p] the first one's end
        int[] fewest = new int[n + 1];
        int[] end = new int[n + 1];
        String[] term = new String[n + 1];
        java.util.Arrays.fill(fewest, -1);
        fewest[n] = 0;
        for (int p = n - MIN_PART; p >= 0; p--) {
            for (int e = p + MIN_PART; e <= n; e++) {
                if (fewest[e] < 0 || fewest[e] + 1 > MAX_PARTS || fewest[p] >= 0 && fewest[e] + 1 >= fewest[p]) {
                    continue;
                }
                String piece = text.substring(p, e);
                String t = part(piece, e == n, p == 0);
                if (t != null) {
                    fewest[p] = fewest[e] + 1;
                    end[p] = e;
                    term[p] = t;
                }
            }
        }
        if (fewest[0] < 2) {
            return NONE;
        }
        List<String> out = new ArrayList<>(fewest[0]);
        for (int p = 0; p < n; p = end[p]) {
            if (starts != null) {
                starts[out.size()] = p;
            }
            out.add(term[p]);
        }
        return out.toArray(String[]::new);
    }

    /** What one piece of a compound stands for, or null: a stem, a stem and its linking vowel, or (last) a word of the lexicon. */
    private static @org.jspecify.annotations.Nullable String part(String piece, boolean last, boolean first) {
        String stem = STEMS.get(piece);
        if (stem != null) {
            return stem;
        }
        char vowel = piece.charAt(piece.length() - 1);
        if (!last && (vowel == 'o' || vowel == 'e') && piece.length() > MIN_PART) {
            stem = STEMS.get(piece.substring(0, piece.length() - 1));
            if (stem != null) {
                return stem;
            }
        }
        if (first) {
            return null; // a compound begins with a stem of its own: Машиностроительный alone is a word, not a compound
        }
        String t = OrgTerms.term(piece);
        if (!t.isEmpty()) {
            return t;
        }
        if (last) {
            // a stem with an adjective's ending (газовая, флотский): -ов-, -н-, -ск- and the case ending
            for (int k = Math.min(piece.length() - 1, longestStem); k >= MIN_PART; k--) {
                stem = STEMS.get(piece.substring(0, k));
                if (stem != null && adjectiveEnding(piece.substring(k))) {
                    return stem;
                }
            }
        }
        return null;
    }

    private static boolean adjectiveEnding(String rest) {
        for (String suffix : new String[] {"", "ov", "ev", "n", "sk", "ovsk"}) {
            if (rest.startsWith(suffix) && OrgTerms.ending(rest.substring(suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Does this word of the other name say this part: its term, or its spelling beginning with the part's. */
    private static boolean says(NameToken word, String part) {
        if (part.startsWith(SPELLING)) {
            return word.text().startsWith(part.substring(1)) || word.spellings().contains(part.substring(1));
        }
        // радиотехнический is "radio engineering" as often as "radio technical": a kindred term says the part too
        return part.equals(word.term()) || OrgTerms.kindred(part, word.term());
    }

    /**
     * For two organisations' names once their words are paired: each compound left unanswered in {@code a} takes the
     * run of unanswered words of {@code b} that says its parts in order, and the other way round; the pairing arrays,
     * similarities and kinds are updated in place (each word of the run answers the compound as a translation).
     */
    static void cover(ParsedName a, int[] matchA, ParsedName b, int[] matchB, double[][] sim, TokenMatch[][] kinds) {
        cover(a, matchA, b, matchB, sim, kinds, false);
        cover(b, matchB, a, matchA, sim, kinds, true);
    }

    private static void cover(ParsedName a, int[] matchA, ParsedName b, int[] matchB, double[][] sim, TokenMatch[][] kinds, boolean swapped) {
        for (int i = 0; i < a.size(); i++) {
            if (matchA[i] >= 0) {
                continue;
            }
            String[] parts = parts(a.tokens()[i]);
            if (parts.length < 2 || parts.length > b.size()) {
                continue;
            }
            int from = run(parts, b, matchB);
            if (from < 0 || !answeredBesides(matchA, i)) {
                continue; // Газпром alone is no answer to "Gas Industry": another word of its name must agree too
            }
            matchA[i] = from;
            for (int j = from; j < from + parts.length; j++) {
                matchB[j] = i;
                int x = swapped ? j : i;
                int y = swapped ? i : j;
                sim[x][y] = TokenMatch.TRANSLATED.similarity;
                kinds[x][y] = TokenMatch.TRANSLATED;
            }
        }
    }

    private static boolean answeredBesides(int[] match, int at) {
        for (int k = 0; k < match.length; k++) {
            if (k != at && match[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The first word of a run of unanswered adjacent words of {@code b} that say {@code parts} in order, or -1. */
    private static int run(String[] parts, ParsedName b, int[] matchB) {
        NameToken[] words = b.tokens();
        for (int from = 0; from + parts.length <= words.length; from++) {
            boolean all = true;
            for (int k = 0; k < parts.length && all; k++) {
                all = matchB[from + k] < 0 && says(words[from + k], parts[k]);
            }
            if (all) {
                return from;
            }
        }
        return -1;
    }

    private static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
