package org.passage.screening.internal;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The brand of a Chinese organisation's name against its English name, when the English name does not spell it in
 * Pinyin. Two ways: translated word by word ({@link #translated}: 世联 Global Link, 美星 M Star, from the meaning-words
 * of {@code han-brand-words.txt}), or said in Han by the sound of a foreign word (思凯沃克 Skywalker, 卡鲁布斯
 * Karubis, 達仕恩 Dason): Chinese writes such a word syllable by syllable, each syllable keeping the consonant it
 * starts with and its vowel only roughly, a consonant cluster broken by a vowel (Sky: si-kai) and a final n, ng, r,
 * l or s of a Latin syllable dropped (Walker: wo-ke). {@link #strongConsonants} reads the Pinyin of the brand that way
 * against a Latin word. Looser than {@link SoundReading}'s reading of a foreign person's name, so it is used for a
 * distinctive word of two organisations' names only, never against a word that is itself Pinyin (Xinghua, Tianrun:
 * those are read syllable by syllable, strictly), and it is graded by the consonants it accounted for.
 */
final class HanBrands {

    /** Syllables a brand may have to be read this way: one syllable says too little, more than six is no brand. */
    static final int MIN_SYLLABLES = 2;
    static final int MAX_SYLLABLES = 6;
    /** Letters of the Latin word: a shorter one (Ace, Ono) is met by too many brands. */
    static final int MIN_LETTERS = 4;
    /** A reading at least this sure is left as it is. */
    static final double SURE = 0.9;
    private static final String VOWELS = "aeiouy";
    private static final String CODAS = "nmrls";

    static final String TABLE = "han-brand-words.txt";
    /** A Han brand character or two-character word (Simplified and Traditional) → the English phrases it translates as. */
    private static final Map<String, String[][]> MEANINGS = meanings();
    /** Characters a brand may have to be read by meaning: two to four, as brands are. */
    static final int MAX_MEANING_CHARACTERS = 4;

    private HanBrands() {
    }

    private static Map<String, String[][]> meanings() {
        Map<String, String[][]> out = new HashMap<>();
        Transliterator traditional = Transliterator.getInstance("Simplified-Traditional");
        for (DataFile.Line line : DataFile.lines(TABLE)) {
            int eq = line.text().indexOf('=');
            String han = eq < 0 ? "" : line.text().substring(0, eq).strip();
            int characters = han.codePointCount(0, han.length());
            if (!ChineseNames.isHan(han) || characters > 2) {
                throw line.error("one or two Han characters, \"=\" and their English words expected");
            }
            List<String[]> phrases = new ArrayList<>();
            for (String phrase : line.text().substring(eq + 1).split(";")) {
                String words = phrase.strip().toLowerCase(Locale.ROOT);
                if (!words.matches("[a-z]+( [a-z]+)*")) {
                    throw line.error("English words in lower-case letters expected: " + phrase.strip());
                }
                phrases.add(words.split(" "));
            }
            String[][] all = phrases.toArray(String[][]::new);
            if (out.putIfAbsent(han, all) != null) {
                throw line.error("a second line for " + han);
            }
            out.putIfAbsent(traditional.transliterate(han), all);
        }
        return Map.copyOf(out);
    }

    /**
     * {@code name} with each run of adjacent words that translates a Han brand of {@code other} word by word (Global
     * Link for 世联, M Star for 美星) replaced by that brand; the same object when there is none, which is what almost
     * every pair of names costs: a look at each word of {@code other}.
     */
    static ParsedName translated(ParsedName name, ParsedName other) {
        NameToken[] tokens = name.tokens();
        for (int j = 0; j < other.size(); j++) {
            NameToken brand = other.tokens()[j];
            SoundReading sound = brand.sound();
            if (!brand.syllabic() || sound == null || sound.han() == null || other.roles()[j] != ParsedName.OTHER) {
                continue;
            }
            int[] characters = sound.han().codePoints().toArray();
            String[] pinyin = sound.pinyin();
            if (characters.length < 2 || characters.length > MAX_MEANING_CHARACTERS || pinyin == null || pinyin.length != characters.length) {
                continue;
            }
            for (int from = 0; from < tokens.length; from++) {
                int to = answer(characters, pinyin, 0, tokens, from, false);
                if (to > from) {
                    List<NameToken> outTokens = new ArrayList<>(List.of(tokens));
                    byte[] roles = new byte[tokens.length - (to - from) + 1];
                    outTokens.subList(from, to).clear();
                    outTokens.add(from, brand);
                    for (int k = 0, o = 0; k < tokens.length; k++) {
                        if (k == from) {
                            roles[o++] = other.roles()[j];
                        } else if (k < from || k >= to) {
                            roles[o++] = name.roles()[k];
                        }
                    }
                    return new ParsedName(outTokens.toArray(NameToken[]::new), roles, name.legalForm(), name.acronym());
                }
            }
        }
        return name;
    }

    /**
     * The end of the run of words from {@code at} that answers the brand's characters from {@code p} on, each piece of
     * one or two characters by its meaning, its Pinyin, or one character by the initial of its Pinyin; -1 when none.
     * At least one piece must be answered by its meaning ({@code meaning}).
     */
    private static int answer(int[] characters, String[] pinyin, int p, NameToken[] tokens, int at, boolean meaning) {
        if (p == characters.length) {
            return meaning ? at : -1;
        }
        if (at >= tokens.length || tokens[at].numeric() || tokens[at].syllabic() || tokens[at].abjad()) {
            return -1;
        }
        for (int length = Math.min(2, characters.length - p); length >= 1; length--) {
            String[][] phrases = MEANINGS.get(new String(characters, p, length));
            if (phrases != null) {
                for (String[] phrase : phrases) {
                    if (saysPhrase(tokens, at, phrase)) {
                        int end = answer(characters, pinyin, p + length, tokens, at + phrase.length, true);
                        if (end >= 0) {
                            return end;
                        }
                    }
                }
            }
            String word = tokens[at].text();
            if (ChineseNames.readAs(java.util.Arrays.copyOfRange(pinyin, p, p + length), word)) {
                int end = answer(characters, pinyin, p + length, tokens, at + 1, meaning);
                if (end >= 0) {
                    return end;
                }
            }
        }
        // 美星 M Star: one character written as the initial of its Pinyin
        if (tokens[at].isInitial() && !pinyin[p].isEmpty() && pinyin[p].charAt(0) == tokens[at].text().charAt(0)) {
            return answer(characters, pinyin, p + 1, tokens, at + 1, meaning);
        }
        return -1;
    }

    private static boolean saysPhrase(NameToken[] tokens, int at, String[] phrase) {
        if (at + phrase.length > tokens.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens[at + k].text().equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A Han brand (a syllabic token with Pinyin) against a Latin word it may say, graded by the consonants the reading
     * accounted for; {@link TokenMatch.Result#NONE} for any other pair of tokens, and at once when the scripts say so.
     */
    static TokenMatch.Result said(NameToken a, NameToken b) {
        NameToken han = a.syllabic() ? a : b;
        NameToken latin = han == a ? b : a;
        if (!han.syllabic() || latin.syllabic() || latin.abjad() || latin.numeric() || latin.sound() != null || han.sound() == null) {
            return TokenMatch.Result.NONE;
        }
        String[] pinyin = han.sound().pinyin();
        String word = latin.text();
        if (pinyin == null || pinyin.length < MIN_SYLLABLES || pinyin.length > MAX_SYLLABLES || word.length() < MIN_LETTERS
                || word.length() > 6 * pinyin.length || ChineseNames.romanisedSyllables(word)) {
            return TokenMatch.Result.NONE;
        }
        int strong = strongConsonants(pinyin, word);
        if (strong < 1) {
            return TokenMatch.Result.NONE;
        }
        return new TokenMatch.Result(TokenMatch.TRANSLITERATION, strong >= 4 ? 0.9 : strong == 3 ? 0.85 : strong == 2 ? 0.8 : 0.7);
    }

    /**
     * A Chinese company's brand written in Pinyin (Jiaruide, Kalubusi) against a Latin word it says by its sound
     * (Jarred, Karubis): the same reading as {@link #said}, the Pinyin syllables read from the Latin letters instead of
     * from the Han characters. The Pinyin word is cut into syllables every way it can be; one that is not Pinyin
     * (Jarred) is the foreign word. Two consonants at the least must be said: a Pinyin word of one strong consonant
     * meets too many English ones. {@link TokenMatch.Result#NONE} when neither or both are Pinyin.
     */
    static TokenMatch.Result saidInPinyin(NameToken a, NameToken b) {
        if (a.syllabic() || b.syllabic() || a.abjad() || b.abjad() || a.numeric() || b.numeric() || a.sound() != null || b.sound() != null
                || a.text().length() < MIN_LETTERS || b.text().length() < MIN_LETTERS) {
            return TokenMatch.Result.NONE;
        }
        String[][] cutA = pinyinCuts(a.text());
        String[][] cutB = pinyinCuts(b.text());
        if ((cutA.length == 0) == (cutB.length == 0)) {
            return TokenMatch.Result.NONE;
        }
        String[][] cuts = cutA.length > 0 ? cutA : cutB;
        String word = cutA.length > 0 ? b.text() : a.text();
        if (word.length() > 6 * MAX_SYLLABLES) {
            return TokenMatch.Result.NONE; // too long to have been cut, so perhaps Pinyin after all
        }
        int strong = -1;
        for (String[] pinyin : cuts) {
            if (pinyin.length >= MIN_SYLLABLES && pinyin.length <= MAX_SYLLABLES && word.length() <= 6 * pinyin.length) {
                strong = Math.max(strong, strongConsonants(pinyin, word));
            }
        }
        if (strong < 2) {
            return TokenMatch.Result.NONE;
        }
        return new TokenMatch.Result(TokenMatch.TRANSLITERATION, strong >= 4 ? 0.9 : strong == 3 ? 0.85 : 0.8);
    }

    /** Cuts of a word into Pinyin syllables kept: a word of Pinyin has few. */
    private static final int MAX_CUTS = 8;
    private static final String[][] NO_CUTS = {};
    private static final int CUTS_KEPT = 100_000;
    private static final Map<String, String[][]> CUTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Every way (up to {@link #MAX_CUTS}) to cut a lower-case Latin word into Chinese syllables; none when it is not Pinyin. Remembered per word. */
    static String[][] pinyinCuts(String word) {
        String[][] cuts = CUTS.get(word);
        if (cuts == null) {
            List<String[]> out = new ArrayList<>();
            if (word.length() <= 6 * MAX_SYLLABLES && ChineseNames.romanisedSyllables(word)) {
                cut(word, 0, new ArrayList<>(), out);
            }
            cuts = out.isEmpty() ? NO_CUTS : out.toArray(String[][]::new);
            if (CUTS.size() >= CUTS_KEPT) {
                CUTS.clear();
            }
            CUTS.put(word, cuts);
        }
        return cuts;
    }

    private static void cut(String word, int at, List<String> syllables, List<String[]> out) {
        if (out.size() >= MAX_CUTS || syllables.size() > MAX_SYLLABLES) {
            return;
        }
        if (at == word.length()) {
            out.add(syllables.toArray(String[]::new));
            return;
        }
        for (int end = Math.min(word.length(), at + 6); end > at; end--) {
            String syllable = word.substring(at, end);
            if (ChineseNames.syllable(syllable)) {
                syllables.add(syllable);
                cut(word, end, syllables, out);
                syllables.removeLast();
            }
        }
    }

    /**
     * How many consonants of the lower-case ASCII Latin word the Pinyin syllables say when each syllable is read as
     * Chinese transcribes a foreign sound (its initial consonant kept, any vowels, a cluster's vowel unwritten, a
     * final n, m, r, l or s of the Latin syllable dropped); -1 when they do not read as the word. Glides (y, w) are
     * read but not counted.
     */
    static int strongConsonants(String[] pinyin, String latin) {
        if (pinyin.length == 0 || latin.isEmpty()) {
            return -1;
        }
        int[][] memo = new int[pinyin.length + 1][latin.length() + 1];
        return read(pinyin, 0, latin, 0, memo);
    }

    private static int read(String[] pinyin, int k, String latin, int j, int[][] memo) {
        int n = latin.length();
        if (k == pinyin.length) {
            // a final unsaid e (Blaze, Rose) after a consonant
            return j == n || j == n - 1 && latin.charAt(j) == 'e' && j > 0 && !isVowel(latin, j - 1) ? 0 : -1;
        }
        if (j >= n) {
            return -1;
        }
        if (memo[k][j] != 0) {
            return memo[k][j] - 2;
        }
        int best = -1;
        for (String reading : pinyin[k].split("/")) {
            best = Math.max(best, syllable(pinyin, k, reading, latin, j, memo));
        }
        memo[k][j] = best + 2;
        return best;
    }

    /** The best reading of the rest when syllable {@code k}, read as {@code reading}, starts at Latin position {@code j}. */
    private static int syllable(String[] pinyin, int k, String reading, String latin, int j, int[][] memo) {
        int cut = initialLength(reading);
        String initial = reading.substring(0, cut);
        int best = -1;
        for (String spelling : initials(initial)) {
            if (!latin.startsWith(spelling, j)) {
                continue;
            }
            int at = j + spelling.length();
            // a doubled consonant is one (Karubiss, Dassen)
            if (!spelling.isEmpty() && at < latin.length() && latin.charAt(at) == latin.charAt(at - 1) && !isVowel(latin, at)) {
                at++;
            }
            int strong = spelling.isEmpty() || initial.equals("y") || initial.equals("w") ? 0 : 1;
            int vowels = at;
            while (vowels < latin.length() && isVowel(latin, vowels)) {
                vowels++;
            }
            for (int end = vowels; end >= at; end--) {
                if (end == at && (spelling.isEmpty() || end < latin.length() && isVowel(latin, end))) {
                    continue; // no vowel said: only a consonant before another consonant (Sky: si-kai) or at the end
                }
                best = Math.max(best, rest(pinyin, k, latin, end, strong, memo));
                if (end > at && end < latin.length() && CODAS.indexOf(latin.charAt(end)) >= 0
                        && (end + 1 == latin.length() || !isVowel(latin, end + 1) || end + 2 == latin.length() && latin.charAt(end + 1) == 'e')) {
                    // a final n, m, r, l or s of the Latin syllable left unsaid (Walker: wo-ke; Dason: da-shi-en)
                    int after = end + 1;
                    if (latin.startsWith("ng", end)) {
                        after++;
                    }
                    best = Math.max(best, rest(pinyin, k, latin, after, strong, memo));
                }
            }
        }
        return best;
    }

    private static int rest(String[] pinyin, int k, String latin, int j, int strong, int[][] memo) {
        int next = read(pinyin, k + 1, latin, j, memo);
        return next < 0 ? -1 : next + strong;
    }

    /** Whether the letter at {@code i} is a vowel; y only when no vowel follows it (Sky, Ausay; not Yilufa's y). */
    private static boolean isVowel(String latin, int i) {
        char c = latin.charAt(i);
        if (c == 'y') {
            return i + 1 == latin.length() || VOWELS.indexOf(latin.charAt(i + 1)) < 0;
        }
        return VOWELS.indexOf(c) >= 0;
    }

    private static int initialLength(String syllable) {
        if (syllable.startsWith("zh") || syllable.startsWith("ch") || syllable.startsWith("sh")) {
            return 2;
        }
        return !syllable.isEmpty() && "bpmfdtnlgkhjqxrzcsyw".indexOf(syllable.charAt(0)) >= 0 ? 1 : 0;
    }

    private static final String[] NONE = {""};

    /** The Latin consonants a Pinyin initial writes in a foreign word (Chinese has no v, no r after a vowel, one l for l and r). */
    private static String[] initials(String initial) {
        return switch (initial) {
            case "b" -> new String[] {"b", "p", "v"};
            case "p" -> new String[] {"p", "b", "ph"};
            case "m" -> new String[] {"m"};
            case "f" -> new String[] {"f", "v", "ph"};
            case "d" -> new String[] {"d", "t"};
            case "t" -> new String[] {"t", "d", "th"};
            case "n" -> new String[] {"n"};
            case "l" -> new String[] {"l", "r"};
            case "g" -> new String[] {"g", "k", "c"};
            case "k" -> new String[] {"k", "c", "ck", "q", "g", "ch"};
            case "h" -> new String[] {"h", "ch", "wh", ""};
            case "j" -> new String[] {"j", "g", "z", "dj"};
            case "q" -> new String[] {"ch", "c", "k", "q", "ts"};
            case "x" -> new String[] {"s", "sh", "x", "z"};
            case "zh" -> new String[] {"j", "g", "z", "ch"};
            case "ch" -> new String[] {"ch", "c", "k", "tch"};
            case "sh" -> new String[] {"sh", "s", "ch"};
            case "r" -> new String[] {"r", "l", "j"};
            case "z" -> new String[] {"z", "s", "ts", "dz"};
            case "c" -> new String[] {"c", "ts", "s", "z", "k"};
            case "s" -> new String[] {"s", "z", "c", "th"};
            case "y" -> new String[] {"y", "i", "j", ""};
            case "w" -> new String[] {"w", "v", "wh", "u", ""};
            default -> NONE;
        };
    }
}
