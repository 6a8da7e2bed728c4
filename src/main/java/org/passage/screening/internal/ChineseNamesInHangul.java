package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chinese name as Korean writes it: by its Mandarin sounds, one fixed Hangul spelling per Pinyin syllable (시진핑 Xi
 * Jinping, 덩샤오핑 Deng Xiaoping, 저우언라이 Zhou Enlai), where the Korean romanisation of the same Hangul says
 * sijinping, deongsyaoping, jeoueonrai. A Hangul word is read back into Pinyin through the table
 * {@code chinese-in-hangul.txt} (the Korean orthography of Chinese), so that those readings are spellings of the word
 * beside its romanisations, and the Pinyin of a list is found written either way.
 */
final class ChineseNamesInHangul {

    private static final String FILE = "chinese-in-hangul.txt";
    private static final String CONSONANTS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final int IEUNG = 11;
    private static final String I_INITIALS = "b p m d t n l j q x";
    private static final String U_UMLAUT_INITIALS = "j q x";
    /** More readings of one word than this are not kept: a word that reads so many ways says little about any of them. */
    private static final int MAX_READINGS = 8;
    /** A longer word is not a name. */
    private static final int MAX_SYLLABLES = 8;

    /** Hangul of one or two syllables and the Pinyin syllables it writes. */
    private static final Map<String, List<String>> PINYIN = load();

    private ChineseNamesInHangul() {
    }

    /** The Pinyin readings of a Hangul word that the table reads whole (시진핑: xijinping), at most eight; else none. */
    static List<String> pinyin(String hangul) {
        if (hangul.isEmpty() || hangul.length() > MAX_SYLLABLES || !KoreanNames.isHangul(hangul)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        read(hangul, 0, new StringBuilder(), out);
        return out;
    }

    /** Whether the word's first two syllables write one Pinyin syllable (마오 mao, 저우 zhou) and the word reads whole. */
    static boolean twoSyllableSurname(String hangul) {
        return hangul.length() >= 3 && PINYIN.containsKey(hangul.substring(0, 2)) && !pinyin(hangul).isEmpty();
    }

    private static void read(String hangul, int at, StringBuilder said, List<String> out) {
        if (at == hangul.length()) {
            if (out.size() < MAX_READINGS && !out.contains(said.toString())) {
                out.add(said.toString());
            }
            return;
        }
        for (int width = 1; width <= 2 && at + width <= hangul.length() && out.size() < MAX_READINGS; width++) {
            List<String> syllables = PINYIN.get(hangul.substring(at, at + width));
            if (syllables == null) {
                continue;
            }
            for (String syllable : syllables) {
                int length = said.length();
                said.append(syllable);
                read(hangul, at + width, said, out);
                said.setLength(length);
            }
        }
    }

    private static Map<String, List<String>> load() {
        Map<String, String> initials = new HashMap<>();
        List<String[]> finals = new ArrayList<>();
        Map<String, List<String>> out = new HashMap<>();
        for (DataFile.Line line : DataFile.lines(FILE)) {
            String[] f = line.text().split("\\s+");
            switch (f[0]) {
                case "INITIAL" -> {
                    if (f.length != 3 || CONSONANTS.indexOf(f[2]) < 0) {
                        throw line.error("expected INITIAL pinyin jamo");
                    }
                    initials.put(f[1], f[2]);
                }
                case "FINAL" -> {
                    if (f.length != 3 && f.length != 4 || f.length == 4 && !f[2].equals("i") && !f[2].equals("ü")) {
                        throw line.error("expected FINAL pinyin [i|ü] hangul");
                    }
                    finals.add(new String[] {f[1], f.length == 4 ? f[2] : "", syllables(line, f[f.length - 1])});
                }
                case "ALONE", "SYLLABLE" -> {
                    if (f.length != 3) {
                        throw line.error("expected " + f[0] + " pinyin hangul");
                    }
                    add(out, syllables(line, f[2]), f[1]);
                }
                default -> throw line.error("unknown kind of line " + f[0]);
            }
        }
        for (Map.Entry<String, String> initial : initials.entrySet()) {
            String pinyin = initial.getKey();
            boolean jqx = U_UMLAUT_INITIALS.contains(pinyin);
            for (String[] fin : finals) {
                boolean takes = switch (fin[1]) {
                    case "i" -> I_INITIALS.contains(pinyin);
                    case "ü" -> jqx;
                    default -> !jqx;
                };
                if (takes) {
                    add(out, withInitial(fin[2], CONSONANTS.indexOf(initial.getValue())), pinyin + fin[0]);
                }
            }
        }
        return Map.copyOf(out);
    }

    private static String syllables(DataFile.Line line, String hangul) {
        if (!KoreanNames.isHangul(hangul) || hangul.length() > 2) {
            throw line.error("expected one or two Hangul syllables, got " + hangul);
        }
        return hangul;
    }

    private static void add(Map<String, List<String>> out, String hangul, String pinyin) {
        List<String> known = out.computeIfAbsent(hangul, k -> new ArrayList<>());
        if (!known.contains(pinyin)) {
            known.add(pinyin);
        }
    }

    /** The final's first syllable with the initial in place of its silent ㅇ; after ㅈ ㅉ ㅊ a y-vowel loses its y. */
    private static String withInitial(String fin, int consonant) {
        int s = fin.charAt(0) - 0xAC00;
        int vowel = s / 28 % 21;
        int last = s % 28;
        if (s / 28 / 21 != IEUNG) {
            throw new IllegalStateException(FILE + ": a final starts with ㅇ: " + fin);
        }
        if (consonant == 12 || consonant == 13 || consonant == 14) { // ㅈ ㅉ ㅊ: ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ are written ㅏ ㅐ ㅓ ㅔ ㅗ ㅜ
            vowel = switch (vowel) {
                case 2, 3, 6, 7 -> vowel - 2;
                case 12 -> 8;
                case 17 -> 13;
                default -> vowel;
            };
        }
        return (char) (0xAC00 + (consonant * 21 + vowel) * 28 + last) + fin.substring(1);
    }
}
