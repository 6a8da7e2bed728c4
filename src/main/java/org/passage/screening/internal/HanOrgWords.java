package org.passage.screening.internal;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words of Chinese organisation names that a list translates (乳业 dairy, 水利 water conservancy, 美国 America)
 * beyond the terms of {@link OrgTerms}, from {@code han-org-words.txt}. Three uses:
 * <ul>
 * <li>{@link UnspacedNames} cuts them off the brand ({@link #known}), so 新疆天润乳业 is Xinjiang · Tianrun · 乳业 and
 *     the brand Tianrun is read alone;</li>
 * <li>{@link #join} takes a run of adjacent English words equal to one of a word's translations as that word, so
 *     "Water Conservancy" answers 水利 and "Dairy" 乳业;</li>
 * <li>{@link #pinyinTerm}: a list that writes a Chinese company in Pinyin (GUANGRAO LIANHE ENERGY) writes its
 *     descriptive words in Pinyin too; lianhe is UNITED, jituan GROUP, as the Han words are.</li>
 * </ul>
 * Traditional characters are folded to Simplified (ICU's Traditional-Simplified) before a look-up. The words are
 * descriptive: each has a term, so the brand stays the distinctive part and a name that matches on these words alone
 * is not a match.
 */
final class HanOrgWords {

    static final String TABLE = "han-org-words.txt";

    /** Simplified Han word → its term (an {@link OrgTerms} term when its English word has one, else its own). */
    private static final Map<String, String> TERMS = new HashMap<>();
    /** Text of the Han word's token (its Pinyin, as {@link Romanizer} reads it) → the English phrases, word by word. */
    private static final Map<String, String[][]> PHRASES = new HashMap<>();
    /** The Pinyin of a Han word of two characters or more of this table or of {@link OrgTerms}' lexicon → its term. */
    private static final Map<String, String> PINYIN_TERMS = new HashMap<>();
    private static final java.util.Set<String> PLACES = new java.util.HashSet<>();
    private static final ThreadLocal<Transliterator> SIMPLIFIED = ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    /** Pinyin words shorter than this are not read as terms in Latin names (li, an, he are surnames). */
    static final int MIN_PINYIN_LETTERS = 4;
    private static int longest;
    /** A Han character → the readings ICU's name reading leaves out (勒 le, 拓 tuo), "/" between several. */
    private static final Map<Integer, String> READINGS = new HashMap<>();
    /** Words the parser drops from a name (connectors and "of", "the"), so a phrase is matched without them. */
    private static final java.util.Set<String> DROPPED = java.util.Set.of("and", "of", "the", "for");

    static {
        boolean places = false;
        boolean readings = false;
        Transliterator traditional = Transliterator.getInstance("Simplified-Traditional");
        for (DataFile.Line line : DataFile.lines(TABLE)) {
            if (line.text().equals("PLACES")) {
                places = true;
                continue;
            }
            if (line.text().equals("READINGS")) {
                readings = true;
                continue;
            }
            if (readings) {
                String[] parts = line.text().split("\\s+");
                if (parts.length < 2 || parts[0].codePointCount(0, parts[0].length()) != 1 || !ChineseNames.isHan(parts[0])
                        || !parts[1].matches("[a-z]+(/[a-z]+)*")) {
                    throw line.error("a Han character and its other readings (le/lei) expected");
                }
                READINGS.put(parts[0].codePointAt(0), parts[1]);
                READINGS.putIfAbsent(traditional.transliterate(parts[0]).codePointAt(0), parts[1]);
                continue;
            }
            int eq = line.text().indexOf('=');
            if (eq < 0) {
                throw line.error("a Chinese word, \"=\" and its English words expected");
            }
            String han = line.text().substring(0, eq).strip();
            if (han.isEmpty() || !ChineseNames.isHan(han)) {
                throw line.error("not a word in Han characters: " + han);
            }
            List<String[]> phrases = new ArrayList<>();
            for (String phrase : line.text().substring(eq + 1).split(";")) {
                String[] words = java.util.Arrays.stream(phrase.strip().toLowerCase(Locale.ROOT).split("[^a-z]+"))
                        .filter(w -> !w.isEmpty() && !DROPPED.contains(w)).toArray(String[]::new);
                if (words.length == 0) {
                    throw line.error("an empty English phrase for " + han);
                }
                phrases.add(words);
            }
            String[] first = phrases.getFirst();
            String known = first.length == 1 ? OrgTerms.term(first[0]) : "";
            String term = places ? "PLACE " + String.join("", first) : known.isEmpty() ? "HAN " + String.join(" ", first) : known;
            TERMS.putIfAbsent(han, term);
            // a Japanese word in shinjitai (連邦, 製造) is looked up as ICU folds it to Simplified (连邦), which Chinese
            // may not write (联邦): the folded spelling is the key too
            TERMS.putIfAbsent(simplified(han), term);
            if (places) {
                PLACES.add(han);
            }
            longest = Math.max(longest, han.codePointCount(0, han.length()));
            String key = Romanizer.romanize(han).getFirst();
            PHRASES.merge(key, phrases.toArray(String[][]::new), HanOrgWords::both);
            if (!places && han.codePointCount(0, han.length()) >= 2 && key.length() >= MIN_PINYIN_LETTERS) {
                PINYIN_TERMS.putIfAbsent(key, term);
            }
        }
        for (DataFile.Line line : DataFile.lines(OrgTerms.LEXICON)) {
            if (line.text().equals("PLACES")) {
                break;
            }
            int colon = line.text().indexOf(':');
            for (String word : line.text().substring(colon + 1).strip().split("\\s+")) {
                if (ChineseNames.isHan(word) && word.codePointCount(0, word.length()) >= 2) {
                    String key = Romanizer.romanize(word).getFirst();
                    if (key.length() >= MIN_PINYIN_LETTERS) {
                        PINYIN_TERMS.putIfAbsent(key, OrgTerms.nativeTerm(word));
                    }
                }
            }
        }
    }

    private HanOrgWords() {
    }

    private static String[][] both(String[][] a, String[][] b) {
        String[][] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** {@code word} in Simplified characters (the same string when it has no Traditional one). */
    static String simplified(String word) {
        return SIMPLIFIED.get().transliterate(word);
    }

    /**
     * The common readings of a Han character that ICU's Han-Latin/Names does not give it (it gives one, a surname's:
     * 乐 yue, 单 shan, 厦 sha), for brands and places: 乐 le, 单 dan, 厦 xia (厦门 Xiamen); null for the others.
     */
    static @Nullable String otherReadings(int codePoint) {
        return READINGS.get(codePoint);
    }

    /** Whether the Simplified Han word is a word of this table: the segmenter cuts it off the brand. */
    static boolean known(String simplified) {
        return TERMS.containsKey(simplified);
    }

    /** Whether the Simplified Han word is a place of this table (美国, 平壤). */
    static boolean place(String simplified) {
        return PLACES.contains(simplified);
    }

    /** Characters in the longest word of the table: the window {@link UnspacedNames} looks through. */
    static int longest() {
        return longest;
    }

    /** The term of a Han word of this table, Traditional or Simplified (乳業, 乳业: dairy), or "". */
    static String term(String word) {
        String term = TERMS.get(word);
        return term != null ? term : TERMS.getOrDefault(simplified(word), "");
    }

    /**
     * The term of a Latin word that is the Pinyin of a Chinese organisation word of two characters or more (lianhe
     * UNITED, jituan GROUP, ruye dairy), or "".
     */
    static String pinyinTerm(String latin) {
        return latin.length() < MIN_PINYIN_LETTERS ? "" : PINYIN_TERMS.getOrDefault(latin, "");
    }

    /**
     * {@code name} with each run of adjacent words that is an English translation of a Chinese word of {@code other}
     * replaced by that word (Water Conservancy by 水利, United States by 美国); the same object when there is none, which
     * is what almost every pair of names costs: one hash look-up per word of {@code other}.
     */
    static ParsedName join(ParsedName name, ParsedName other) {
        NameToken[] tokens = name.tokens();
        List<NameToken> outTokens = null;
        List<Byte> outRoles = null;
        for (int j = 0; j < other.size(); j++) {
            NameToken word = other.tokens()[j];
            String[][] phrases = word.numeric() ? null : PHRASES.get(word.text());
            if (phrases == null) {
                continue;
            }
            NameToken[] current = outTokens == null ? tokens : outTokens.toArray(NameToken[]::new);
            for (String[] phrase : phrases) {
                int at = find(current, phrase, word);
                if (at < 0) {
                    continue;
                }
                if (outTokens == null) {
                    outTokens = new ArrayList<>(List.of(tokens));
                    outRoles = new ArrayList<>();
                    for (byte role : name.roles()) {
                        outRoles.add(role);
                    }
                }
                for (int k = 0; k < phrase.length; k++) {
                    outTokens.remove(at);
                    outRoles.remove(at);
                }
                outTokens.add(at, word);
                outRoles.add(at, other.roles()[j]);
                break;
            }
        }
        if (outTokens == null) {
            return name;
        }
        byte[] roles = new byte[outRoles.size()];
        for (int k = 0; k < roles.length; k++) {
            roles[k] = outRoles.get(k);
        }
        return new ParsedName(outTokens.toArray(NameToken[]::new), roles, name.legalForm(), name.acronym());
    }

    /** Where the words of {@code phrase} stand adjacent in {@code tokens}, or -1; a word already {@code self} is no phrase. */
    private static int find(NameToken[] tokens, String[] phrase, NameToken self) {
        for (int i = 0; i + phrase.length <= tokens.length; i++) {
            boolean all = true;
            for (int k = 0; k < phrase.length && all; k++) {
                all = tokens[i + k] != self && tokens[i + k].text().equals(phrase[k]);
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the name is an organisation's written in Han: a Han word of it is a descriptive term (科技, 乳业). One
     * pass over the name's words, no allocation: the candidate index asks it of every name.
     */
    static boolean isHanOrganisation(ParsedName name) {
        for (NameToken t : name.tokens()) {
            if (t.syllabic() && !t.term().isEmpty() && t.sound() != null && t.sound().pinyin() != null) {
                return true;
            }
        }
        return false;
    }

    /** Most runs a brand adds to the candidate index, per word. */
    static final int MAX_RUNS = 16;

    /**
     * The phonetic forms of the runs of two and three adjacent syllables of a Han word of three syllables or more
     * (石河子天富: shihe, hezi, shihezi, zitian, tianfu …): a brand read as one word is listed as the Latin words its
     * syllables make (Shihezi Tianfu), which no spelling of the whole word shares. Empty for anything else.
     */
    static List<String> syllableRuns(NameToken t) {
        String[] pinyin = t.sound() == null ? null : t.sound().pinyin();
        if (pinyin == null || pinyin.length < 3) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int width = 2; width <= 3; width++) {
            for (int from = 0; from + width <= pinyin.length && out.size() < MAX_RUNS; from++) {
                StringBuilder sb = new StringBuilder();
                for (int k = from; k < from + width; k++) {
                    int slash = pinyin[k].indexOf('/');
                    sb.append(slash < 0 ? pinyin[k] : pinyin[k].substring(0, slash));
                }
                List<String> forms = PhoneticForm.forms(sb.toString());
                if (!forms.isEmpty()) {
                    out.add(forms.getFirst());
                }
            }
        }
        return out;
    }

    /** The phonetic forms of the English words of a table word's first translation (亚欧: asia, europe); empty for others. */
    static List<String> englishForms(NameToken t) {
        String[][] phrases = t.numeric() ? null : PHRASES.get(t.text());
        if (phrases == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String word : phrases[0]) {
            List<String> forms = PhoneticForm.forms(word);
            if (!forms.isEmpty()) {
                out.add(forms.getFirst());
            }
        }
        return out;
    }

    /** For tests: the English phrases a Han or Pinyin word is translated with, or null. */
    static String @Nullable [][] phrases(String tokenText) {
        return PHRASES.get(tokenText);
    }
}
