package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Chinese characters read in Cantonese, as Hong Kong, Macau and the Cantonese of South-East Asia write names: 陳大文
 * is Chan Tai Man, 張永春 Cheung Wing Chun (Hong Kong) or Cheong Weng Chon (Macau), 梁 Leung or Leong, 李 Lee. The
 * readings are Unihan's Jyutping ({@code cantonese-readings.txt}); each Jyutping syllable is spelled as those lists
 * spell it ({@link #spellings(String)}): the government romanisation of Hong Kong, which writes the unaspirated
 * b d g z as p t k ch/ts, and the Portuguese-shaped one of Macau (ing as eng, ung as ong, iu as io, au as ao). Read
 * once; immutable.
 */
final class CantoneseReadings {

    private static final String FILE = "cantonese-readings.txt";
    private static final String[] NONE = new String[0];
    private static final String[] INITIALS = {"gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j"};
    private static final Map<Integer, String[]> READINGS = load();

    private CantoneseReadings() {
    }

    /** The Latin spellings of a character's Cantonese readings, lower-case; empty for a character Unihan gives none. */
    static String[] spellings(int codePoint) {
        return READINGS.getOrDefault(codePoint, NONE);
    }

    /** Most characters a word read in Cantonese may have (a given name has one or two, a company's brand a few more). */
    private static final int MAX_SYLLABLES = 8;

    /** The spellings of each character of a Han word; null when a character has no Cantonese reading or the word is long. */
    static String @Nullable [][] syllables(String word) {
        int n = word.codePointCount(0, word.length());
        if (n == 0 || n > MAX_SYLLABLES) {
            return null;
        }
        String[][] out = new String[n][];
        int k = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            String[] spelled = spellings(cp);
            if (spelled.length == 0) {
                return null;
            }
            out[k++] = spelled;
        }
        return out;
    }

    /**
     * Whether the lower-case ASCII Latin word spells the characters in Cantonese, each by one of its spellings, every
     * letter accounted for in order (永春 as Wingchun, Wing-chun or Wengchon): the whole word in Cantonese, never half
     * in Mandarin.
     */
    static boolean readAs(String[][] syllables, String latin) {
        if (syllables.length == 0 || latin.isEmpty() || latin.length() > 7 * syllables.length) {
            return false;
        }
        return reads(syllables, 0, latin, 0, new byte[syllables.length + 1][latin.length() + 1]);
    }

    private static boolean reads(String[][] syllables, int k, String latin, int at, byte[][] memo) {
        if (k == syllables.length) {
            return at == latin.length();
        }
        if (memo[k][at] != 0) {
            return memo[k][at] > 0;
        }
        boolean found = false;
        for (String spelling : syllables[k]) {
            if (latin.startsWith(spelling, at) && reads(syllables, k + 1, latin, at + spelling.length(), memo)) {
                found = true;
                break;
            }
        }
        memo[k][at] = (byte) (found ? 1 : -1);
        return found;
    }

    /**
     * The Latin spellings lists use for one toneless Jyutping syllable: zoeng as cheung, cheong, tseung; wing as wing,
     * weng; ceon as chun, chon, tsun; lei as lei, lee, li.
     */
    static List<String> spellings(String jyutping) {
        String initial = "";
        for (String i : jyutping.equals("ng") || jyutping.equals("m") ? new String[0] : INITIALS) {
            if (jyutping.startsWith(i) && jyutping.length() > i.length()) {
                initial = i;
                break;
            }
        }
        String fin = jyutping.substring(initial.length());
        Set<String> out = new LinkedHashSet<>();
        for (String first : initials(initial, fin)) {
            for (String rest : finals(initial, fin)) {
                String s = first + rest;
                if (first.endsWith("y") && rest.startsWith("y")) {
                    s = first + rest.substring(1); // j + yu: yu, not yyu
                } else if (first.equals("y") && rest.startsWith("i") && !rest.startsWith("iu")) {
                    out.add(rest); // 葉 jip: Yip and Ip, 儀 ji: Yee and I
                }
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> initials(String initial, String fin) {
        boolean front = fin.startsWith("i") || fin.startsWith("yu") || fin.startsWith("e");
        return switch (initial) {
            case "b" -> List.of("p", "b");
            case "d" -> List.of("t", "d");
            case "g" -> List.of("k", "g");
            case "gw" -> List.of("kw");
            case "z", "c" -> front ? List.of("ch", "ts", "tz") : List.of("ch", "ts");
            case "s" -> List.of("s", "sh");
            case "j" -> fin.startsWith("i") || fin.startsWith("yu") ? List.of("y") : List.of("y", "i"); // Macau: 楊 Ieong, 一 Iat
            default -> List.of(initial);
        };
    }

    private static List<String> finals(String initial, String fin) {
        boolean sibilant = initial.equals("z") || initial.equals("c") || initial.equals("s");
        return switch (fin) {
            case "aa" -> List.of("a", "ah", "ar"); // 家 Ka, Kar
            case "aai" -> List.of("ai");
            case "aau", "au" -> List.of("au", "ao", "ow");
            case "aam", "aan", "aang", "aap", "aat", "aak", "ai", "ang", "ak" -> List.of(fin.replace("aa", "a"));
            case "am", "an", "ap", "at" -> List.of(fin, "u" + fin.substring(1)); // 心 sam Sum, 新 san Sun
            case "e" -> List.of("e", "eh");
            case "ei" -> List.of("ei", "ee", "i", "ey");
            case "eng" -> List.of("eng", "ing");
            case "ek" -> List.of("ek", "ik");
            case "i" -> sibilant ? List.of("i", "ee", "z", "ze", "zee") : List.of("i", "ee");
            case "iu" -> List.of("iu", "io");
            case "ing" -> List.of("ing", "eng");
            case "ik" -> List.of("ik", "ek");
            case "o" -> List.of("o", "oh", "aw");
            case "oi" -> List.of("oi", "oy");
            case "ou" -> List.of("o", "ou", "oh");
            case "u" -> List.of("u", "oo");
            case "ui" -> List.of("ui", "ooi");
            case "un" -> List.of("un", "oon");
            case "ung" -> List.of("ung", "ong", "oong");
            case "uk" -> List.of("uk", "ok", "ook");
            case "oe" -> List.of("oe", "euh");
            case "oeng" -> List.of("eung", "eong", "iong", "ong");
            case "oek" -> List.of("euk", "eok", "iok");
            case "eoi" -> List.of("ui", "eui", "oi");
            case "eon" -> List.of("un", "eun", "on");
            case "eot" -> List.of("ut", "eut", "ot");
            case "yu" -> List.of("yu", "u", "ue");
            case "yun" -> List.of("yun", "uen", "un");
            case "yut" -> List.of("yut", "uet", "ut");
            case "m" -> List.of("m", "um");
            case "ng" -> List.of("ng", "eng");
            default -> List.of(fin);
        };
    }

    private static Map<Integer, String[]> load() {
        Map<Integer, List<String>> readings = new HashMap<>();
        for (DataFile.Line line : DataFile.lines(FILE)) {
            String[] parts = line.text().split("\\s+");
            if (parts.length != 2 || !parts[0].matches("[a-z]+") || !ChineseNames.isHan(parts[1])) {
                throw line.error("a toneless Jyutping syllable and its characters expected");
            }
            List<String> spelled = spellings(parts[0]);
            parts[1].codePoints().forEach(cp -> readings.computeIfAbsent(cp, k -> new ArrayList<>()).addAll(spelled));
        }
        Map<Integer, String[]> out = new HashMap<>(readings.size() * 2);
        readings.forEach((cp, list) -> out.put(cp, new LinkedHashSet<>(list).toArray(String[]::new)));
        return Map.copyOf(out);
    }
}
