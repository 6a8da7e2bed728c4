package org.passage.screening.internal;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese names in Han characters read syllable by syllable into Hanyu Pinyin (ICU's name readings, so 单 as
 * a surname is Shan) and into Wade-Giles, the romanisation of older lists and of Taiwan (毛泽东 is Mao Zedong
 * and Mao Tse-tung). A Han word is split into surname and given name by {@link #split}, since lists write
 * "Xi Jinping", "XI Jin Ping" and "习近平" alike.
 */
final class ChineseNames {

    private static final ThreadLocal<Transliterator> PINYIN = ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin/Names"));
    private static final String COMPOUND_SURNAMES = "欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 尉迟 长孙 夏侯 公孙 司徒 歐陽 諸葛 長孫";

    private ChineseNames() {
    }

    static boolean isHan(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    /** A Han word of two to four characters as surname and given name; other words unchanged. */
    static List<String> split(String word) {
        int n = word.codePointCount(0, word.length());
        if (n < 2 || n > 4) {
            return List.of(word);
        }
        int surname = n >= 3 && COMPOUND_SURNAMES.contains(word.substring(0, word.offsetByCodePoints(0, 2))) ? 2 : 1;
        int at = word.offsetByCodePoints(0, surname);
        return List.of(word.substring(0, at), word.substring(at));
    }

    /** The Pinyin and the Wade-Giles spelling of a Han word, lower-case ASCII without tones or apostrophes. */
    static List<String> romanize(String word) {
        StringBuilder pinyin = new StringBuilder();
        StringBuilder wadeGiles = new StringBuilder();
        Transliterator t = PINYIN.get();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            String syllable = ascii(t.transliterate(new String(Character.toChars(cp))));
            pinyin.append(syllable);
            wadeGiles.append(wadeGiles(syllable));
        }
        List<String> out = new ArrayList<>(2);
        out.add(pinyin.toString());
        if (!wadeGiles.toString().contentEquals(pinyin)) {
            out.add(wadeGiles.toString());
        }
        return out;
    }

    /**
     * The spellings of a Han word as a name in Latin: {@link #romanize}, and for a word of one character (a surname
     * standing alone: 陳, 張) also as Hong Kong, Macau and the Cantonese abroad write it (Chan, Cheung, Cheong) and as
     * the Hokkien, Teochew and Hakka of South-East Asia do (Tan, Teo). A
     * word of two characters or more is read in Cantonese syllable by syllable ({@link SoundReading#readAsNativeName}).
     */
    static List<String> nameSpellings(String word) {
        List<String> out = romanize(word);
        if (word.codePointCount(0, word.length()) == 1) {
            for (String cantonese : CantoneseReadings.spellings(word.codePointAt(0))) {
                if (!out.contains(cantonese)) {
                    out.add(cantonese);
                }
            }
            for (String abroad : SurnamesAbroad.TABLE.getOrDefault(word.codePointAt(0), List.of())) {
                if (!out.contains(abroad)) {
                    out.add(abroad);
                }
            }
        }
        return out;
    }

    /**
     * The spellings of common surnames by their Hokkien, Teochew, Hakka or Hainanese sound, as the Chinese of
     * South-East Asia write them (陳 Tan, 黃 Ng or Oei, 張 Teo): {@code chinese-surnames-abroad.txt}, read on first use.
     */
    private static final class SurnamesAbroad {
        static final java.util.Map<Integer, List<String>> TABLE = load();

        private static java.util.Map<Integer, List<String>> load() {
            java.util.Map<Integer, List<String>> out = new java.util.HashMap<>();
            for (DataFile.Line line : DataFile.lines("chinese-surnames-abroad.txt")) {
                String[] parts = line.text().split("\\s+");
                if (parts.length < 2 || !isHan(parts[0]) || parts[0].codePointCount(0, parts[0].length()) > 2) {
                    throw line.error("a surname in one or two forms (Traditional, Simplified) and its spellings expected");
                }
                List<String> spellings = new ArrayList<>();
                for (int i = 1; i < parts.length; i++) {
                    if (!parts[i].matches("[a-z]+")) {
                        throw line.error("spelling '" + parts[i] + "' is not lower-case Latin");
                    }
                    spellings.add(parts[i]);
                }
                parts[0].codePoints().forEach(cp -> out.put(cp, List.copyOf(spellings)));
            }
            return java.util.Map.copyOf(out);
        }
    }

    private static final int MAX_READ_SYLLABLES = 8;

    /**
     * The Latin spellings of one Pinyin syllable in a person's name: Pinyin, Wade-Giles without apostrophes, and
     * Wade-Giles as lists often write it without its silent h (hsue for hsüeh, chie for chieh, shi for shih) or
     * with ü as yu (hsyu).
     */
    static List<String> spellings(String pinyin) {
        int slash = pinyin.indexOf('/');
        if (slash >= 0) {
            // a character of two readings ({@link #pinyinSyllables}): the spellings of each
            java.util.Set<String> all = new java.util.LinkedHashSet<>();
            for (String reading : pinyin.split("/")) {
                all.addAll(spellings(reading));
            }
            return List.copyOf(all);
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        out.add(pinyin);
        String wg = wadeGiles(pinyin);
        out.add(wg);
        if (wg.length() > 2 && wg.endsWith("h") && "aeiou".indexOf(wg.charAt(wg.length() - 2)) >= 0) {
            out.add(wg.substring(0, wg.length() - 1));
        }
        if (pinyin.equals("er")) {
            out.add("erh");
        }
        return List.copyOf(out);
    }

    /**
     * Whether the lower-case ASCII Latin word spells the Pinyin syllables of a Han word, each in one of its
     * {@link #spellings}, every letter accounted for in order: 泽东 as Zedong, Tsetung or Tse-tung joined, 学良 as
     * Hsueh-liang or Xueliang, 近平 as Jinping or Chin-ping.
     */
    static boolean readAs(String[] syllables, String latin) {
        if (syllables.length == 0 || syllables.length > MAX_READ_SYLLABLES || latin.isEmpty() || latin.length() > 7 * syllables.length) {
            return false;
        }
        return reads(syllables, 0, latin, 0, new byte[syllables.length + 1][latin.length() + 1]);
    }

    private static boolean reads(String[] syllables, int k, String latin, int at, byte[][] memo) {
        if (k == syllables.length) {
            return at == latin.length();
        }
        if (memo[k][at] != 0) {
            return memo[k][at] > 0;
        }
        boolean found = false;
        for (String spelling : spellings(syllables[k])) {
            if (!spelling.isEmpty() && latin.startsWith(spelling, at) && reads(syllables, k + 1, latin, at + spelling.length(), memo)) {
                found = true;
                break;
            }
        }
        memo[k][at] = (byte) (found ? 1 : -1);
        return found;
    }

    /**
     * Every Latin spelling of a Chinese syllable (Pinyin and the Wade-Giles forms of {@link #spellings}), read from
     * ICU's Pinyin of the CJK Unified Ideographs once, on first use.
     */
    private static final class Syllables {
        static final java.util.Set<String> ALL = all();

        private static java.util.Set<String> all() {
            java.util.Set<String> pinyin = new java.util.HashSet<>();
            Transliterator t = Transliterator.getInstance("Han-Latin/Names");
            for (int cp = 0x4E00; cp <= 0x9FA5; cp++) {
                pinyin.add(ascii(t.transliterate(new String(Character.toChars(cp)))));
            }
            java.util.Set<String> out = new java.util.HashSet<>();
            for (String p : pinyin) {
                if (!p.isEmpty() && p.length() <= 6) {
                    out.addAll(spellings(p));
                }
            }
            return java.util.Set.copyOf(out);
        }
    }

    /** Whether {@code latin} is one Chinese syllable in Pinyin or Wade-Giles (jia, rui, hsien). */
    static boolean syllable(String latin) {
        return Syllables.ALL.contains(latin);
    }

    /**
     * Whether a lower-case ASCII Latin word is made of Chinese syllables only, in Pinyin or Wade-Giles (genping,
     * jinghe, hsien, chin): the name of a Chinese person, which a Han name is compared with syllable by syllable
     * ({@link #readAs}), never by the looser reading that transcriptions of foreign names need (建平 is not Genping).
     */
    static boolean romanisedSyllables(String latin) {
        int n = latin.length();
        if (n == 0 || n > 7 * MAX_READ_SYLLABLES) {
            return false;
        }
        boolean[] reach = new boolean[n + 1];
        reach[0] = true;
        for (int i = 0; i < n; i++) {
            if (!reach[i]) {
                continue;
            }
            for (int end = i + 1; end <= Math.min(n, i + 6); end++) {
                if (!reach[end] && Syllables.ALL.contains(latin.substring(i, end))) {
                    reach[end] = true;
                }
            }
        }
        return reach[n];
    }

    /**
     * The Pinyin syllables of a Han word, one per character (ICU's name readings), lower-case ASCII; a character that
     * {@link HanOrgWords#otherReadings} gives another common reading is both, written "lei/le".
     */
    static String[] pinyinSyllables(String word) {
        List<String> out = new ArrayList<>();
        Transliterator t = PINYIN.get();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            String syllable = ascii(t.transliterate(new String(Character.toChars(cp))));
            String other = HanOrgWords.otherReadings(cp);
            out.add(other == null ? syllable : syllable + "/" + other); // 勒 lei, and le in 弥勒 Mile
        }
        return out.toArray(String[]::new);
    }

    /** A romanisation in lower-case ASCII letters: marks (tones, macrons: ō → o) and everything but letters dropped. */
    static String ascii(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = Character.toLowerCase(d.charAt(i));
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** One Pinyin syllable in Wade-Giles without apostrophes (zhou → chou, xiao → hsiao, zedong → tse tung). */
    static String wadeGiles(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String initial;
        String rest;
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            initial = s.substring(0, 2);
            rest = s.substring(2);
        } else if ("bpmfdtnlgkhjqxrzcsyw".indexOf(s.charAt(0)) >= 0) {
            initial = s.substring(0, 1);
            rest = s.substring(1);
        } else {
            initial = "";
            rest = s;
        }
        boolean sibilant = initial.equals("z") || initial.equals("c") || initial.equals("s");
        boolean retroflex = initial.equals("zh") || initial.equals("ch") || initial.equals("sh") || initial.equals("r");
        String wgInitial = switch (initial) {
            case "b" -> "p";
            case "d" -> "t";
            case "g" -> "k";
            case "j", "q", "zh" -> "ch";
            case "x" -> "hs";
            case "r" -> "j";
            case "z", "c" -> "ts";
            default -> initial;
        };
        String wgRest;
        if (rest.equals("i") && (sibilant || retroflex)) {
            wgRest = sibilant ? "u" : "ih";
            if (initial.equals("s")) {
                wgInitial = "ss";
            } else if (sibilant) {
                wgInitial = "tz";
            }
        } else if (rest.equals("e") && (initial.equals("g") || initial.equals("k") || initial.equals("h"))) {
            wgRest = "o";
        } else {
            // ian is ien (xian hsien) but iang stays (jiang chiang, liang); ue after j q x y is üeh (xue hsüeh);
            // you is yu, yan is yen, ye is yeh; ui is uei after g and k only (gui kuei, hui)
            wgRest = rest.replace("ong", "ung");
            if (wgRest.endsWith("ian")) {
                wgRest = wgRest.substring(0, wgRest.length() - 3) + "ien";
            }
            if (wgRest.equals("ui") && (initial.equals("g") || initial.equals("k"))) {
                wgRest = "uei";
            }
            if (initial.equals("y") && wgRest.equals("ou")) {
                wgRest = "u";
            } else if (initial.equals("y") && wgRest.equals("an")) {
                wgRest = "en";
            }
            if (wgRest.endsWith("ie") || wgRest.equals("ue") && "jqxy".contains(initial) || initial.equals("y") && wgRest.equals("e")) {
                wgRest = wgRest + "h";
            }
            if (initial.isEmpty() && wgRest.equals("er")) {
                wgRest = "erh";
            }
        }
        return wgInitial + wgRest;
    }
}
