package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Korean names in Hangul read into Latin as lists write them: the Revised Romanization (김정은 → gim jeongeun),
 * the McCune-Reischauer-like spellings of North Korean and older lists (Kim Jong Un, Kim Il Sung, Lee Myung-bak),
 * and the customary spelling of the common surnames (김 Kim, 이 Lee/Yi/Ri, 박 Park, 최 Choi/Choe). Hangul syllables
 * are decomposed arithmetically (Unicode's syllable block), so no table of syllables is needed.
 */
final class KoreanNames {

    private static final String[] INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] INITIAL_VOICELESS = {"k", "kk", "n", "t", "tt", "l", "m", "p", "pp", "s", "ss", "", "ch", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MEDIAL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    private static final Map<Character, String> SURNAMES = Map.ofEntries(
            Map.entry('김', "kim"), Map.entry('이', "lee yi rhee ri"), Map.entry('리', "ri lee"), Map.entry('박', "park pak bak"),
            Map.entry('최', "choi choe"), Map.entry('정', "jung chung jong jeong"), Map.entry('강', "kang"), Map.entry('조', "cho jo"),
            Map.entry('윤', "yoon yun"), Map.entry('장', "jang chang"), Map.entry('임', "lim im"), Map.entry('림', "rim lim"),
            Map.entry('한', "han"), Map.entry('오', "oh o"), Map.entry('서', "seo suh so"), Map.entry('신', "shin sin"),
            Map.entry('권', "kwon gwon"), Map.entry('황', "hwang"), Map.entry('안', "ahn an"), Map.entry('송', "song"),
            Map.entry('류', "ryu yoo yu"), Map.entry('전', "jeon chun jon"), Map.entry('홍', "hong"), Map.entry('고', "ko koh go"),
            Map.entry('문', "moon mun"), Map.entry('양', "yang"), Map.entry('량', "ryang yang"), Map.entry('손', "son sohn"),
            Map.entry('배', "bae pae"), Map.entry('백', "baek paek paik"), Map.entry('허', "heo hur ho"), Map.entry('노', "roh noh no"),
            Map.entry('로', "ro roh"), Map.entry('남', "nam"), Map.entry('심', "shim sim"), Map.entry('하', "ha"), Map.entry('곽', "kwak"),
            Map.entry('성', "sung seong song"), Map.entry('차', "cha"), Map.entry('주', "joo ju chu"), Map.entry('우', "woo u"),
            Map.entry('구', "koo ku gu"), Map.entry('민', "min"), Map.entry('유', "yoo yu"), Map.entry('진', "jin chin"),
            Map.entry('지', "ji chi"), Map.entry('엄', "um eom"), Map.entry('채', "chae"), Map.entry('원', "won"),
            Map.entry('천', "chun cheon"), Map.entry('방', "bang pang"), Map.entry('공', "kong"), Map.entry('현', "hyun hyon"),
            Map.entry('함', "ham"), Map.entry('변', "byun pyon"), Map.entry('염', "yeom yom"), Map.entry('렴', "ryom yeom"),
            Map.entry('여', "yeo yo"), Map.entry('추', "choo chu"), Map.entry('도', "do to"), Map.entry('석', "seok sok"),
            Map.entry('선', "sun son"), Map.entry('설', "seol sol"), Map.entry('마', "ma"), Map.entry('길', "gil kil"),
            Map.entry('연', "yeon yon"), Map.entry('표', "pyo"), Map.entry('명', "myung myong"), Map.entry('기', "ki gi"),
            Map.entry('반', "ban pan"), Map.entry('왕', "wang"), Map.entry('금', "keum kum"), Map.entry('태', "tae thae"));
    private static final String COMPOUND_SURNAMES = "남궁 황보 제갈 선우 독고 사공 서문";

    private KoreanNames() {
    }

    static boolean isHangul(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0xAC00 || c > 0xD7A3) {
                return false;
            }
        }
        return true;
    }

    // How Korean names are spelled in Latin on passports and lists, per jamo: Revised Romanization, McCune-Reischauer
    // (k t p ch for a voiceless initial, an aspirate written with h or ', ŏ and ŭ as o and u) and the customary
    // passport spellings (young, chul, eui, kyu, hyuk, moon, joo); index order as in Unicode's syllable block.
    private static final String[][] READ_INITIAL = {{"g", "k"}, {"kk", "gg", "k", "g"}, {"n", "r", "l", ""}, {"d", "t"}, {"tt", "dd", "t", "d"},
            {"r", "l", "n", ""}, {"m"}, {"b", "p"}, {"pp", "bb", "p", "b"}, {"s", "sh"}, {"ss", "s", "sh"}, {""}, {"j", "ch"},
            {"jj", "tch", "j", "ch"}, {"ch", "chh", "tch", "c"}, {"k", "kh"}, {"t", "th"}, {"p", "ph"}, {"h"}};
    private static final String[][] READ_MEDIAL = {{"a"}, {"ae", "ai", "e"}, {"ya"}, {"yae", "ye"}, {"eo", "o", "u", "ou"}, {"e"},
            {"yeo", "yo", "you", "yu"}, {"ye", "e"}, {"o", "oh"}, {"wa"}, {"wae", "we"}, {"oe", "oi", "we"}, {"yo"}, {"u", "oo", "ou"},
            {"wo", "weo", "uo"}, {"we"}, {"wi", "ui", "wee"}, {"yu", "yoo", "you"}, {"eu", "u", "ue"}, {"ui", "eui", "ei", "i"},
            {"i", "ee", "y"}};
    private static final String[][] READ_FINAL = {{""}, {"k", "g", "c"}, {"k", "kk"}, {"k"}, {"n"}, {"n"}, {"n"}, {"t", "d", "s"},
            {"l", "r"}, {"k", "l"}, {"m"}, {"l"}, {"l"}, {"l"}, {"p", "l"}, {"l"}, {"m"}, {"p", "b"}, {"p"}, {"t", "s"}, {"t", "s"},
            {"ng"}, {"t"}, {"t"}, {"k"}, {"t"}, {"p"}, {"t"}};
    private static final int MAX_READ_SYLLABLES = 8;
    /** The vowel ㅜ, by its index. */
    private static final int U = 13;
    /**
     * 우 as bearers spell it in given names, with a w (Tae-woo, Dong-woo, Woo-jin), as the surname 우 is customarily Woo
     * (the National Institute of Korean Language's survey of surname spellings, 2009): the silent ㅇ before ㅜ may be w.
     */
    private static final String[] SILENT_BEFORE_U = {"", "w"};

    /**
     * Whether the lower-case ASCII Latin word spells the Hangul word as a Korean name is spelled: syllable by
     * syllable, each in one of the spellings of its initial, vowel and final that the Revised and McCune-Reischauer
     * systems and passports use (김영철 as Kim Young-chul and Kim Yong Chol, 반기문 as Ban Ki-moon, 차용범 as Cha
     * Yong-pom), every Latin letter accounted for in order. Stricter than a {@link SoundReading}, which reads a
     * foreign name transcribed into Hangul and may add or drop vowels: no syllable is left out here.
     */
    static boolean readAs(String word, String latin) {
        if (!isHangul(word) || word.length() > MAX_READ_SYLLABLES || latin.isEmpty() || latin.length() > 8 * word.length()) {
            return false;
        }
        return reads(word, 0, latin, 0, new byte[word.length() + 1][latin.length() + 1]);
    }

    private static boolean reads(String word, int k, String latin, int at, byte[][] memo) {
        if (k == word.length()) {
            return at == latin.length();
        }
        if (memo[k][at] != 0) {
            return memo[k][at] > 0;
        }
        int s = word.charAt(k) - 0xAC00;
        boolean found = false;
        int initial = s / (21 * 28);
        for (String i : initial == IEUNG && (s % (21 * 28)) / 28 == U ? SILENT_BEFORE_U : READ_INITIAL[initial]) {
            if (found || !latin.startsWith(i, at)) {
                continue;
            }
            for (String m : READ_MEDIAL[(s % (21 * 28)) / 28]) {
                if (found || !latin.startsWith(m, at + i.length())) {
                    continue;
                }
                for (String f : READ_FINAL[s % 28]) {
                    int end = at + i.length() + m.length();
                    if (latin.startsWith(f, end) && reads(word, k + 1, latin, end + f.length(), memo)) {
                        found = true;
                        break;
                    }
                }
            }
        }
        memo[k][at] = (byte) (found ? 1 : -1);
        return found;
    }

    /**
     * A Hangul word of two to four syllables as surname and given name; other words unchanged. A Chinese name whose
     * surname takes two syllables in Hangul (마오쩌둥 Mao Zedong, 자오러지 Zhao Leji) is cut after them: in four
     * syllables always (a Korean given name of three is rare), in three when the first is no Korean surname (차이치 stays
     * Cha I-chi).
     */
    static List<String> split(String word) {
        int n = word.length();
        if (n < 2 || n > 4) {
            return List.of(word);
        }
        boolean chinese = n >= 3 && ChineseNamesInHangul.twoSyllableSurname(word)
                && (n == 4 || !SURNAMES.containsKey(word.charAt(0)));
        int surname = n >= 3 && (COMPOUND_SURNAMES.contains(word.substring(0, 2)) || chinese) ? 2 : 1;
        return List.of(word.substring(0, surname), word.substring(surname));
    }

    /**
     * A person's name of three Hangul syllables that {@link #split} cuts as a Korean surname and given name, while its
     * first two syllables write one Mandarin syllable and the whole reads as Chinese (차이치 is Cha I-chi as Korean and
     * Cai Qi as Korean writes the Chinese name): that second reading, written apart (차이 치), so that the name is
     * screened both ways and the better reading wins. Null for any other name.
     */
    static @org.jspecify.annotations.Nullable String chineseReading(String name) {
        String word = name.strip();
        if (word.length() != 3 || !isHangul(word) || !SURNAMES.containsKey(word.charAt(0))
                || !ChineseNamesInHangul.twoSyllableSurname(word)) {
            return null;
        }
        return word.substring(0, 2) + " " + word.substring(2);
    }

    /** Latin spellings of a Hangul word, Revised Romanization first; a one-syllable surname adds its customary spellings. */
    static List<String> romanize(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(spell(word, false, 0));
        if (word.length() == 1) {
            for (char surname : initialSoundLaw(word.charAt(0))) {
                if (surname != word.charAt(0)) {
                    out.add(spell(String.valueOf(surname), false, 0));
                }
                if (SURNAMES.containsKey(surname)) {
                    out.addAll(List.of(SURNAMES.get(surname).split(" ")));
                }
            }
        }
        for (int eo = 0; eo <= 2; eo++) {
            out.add(spell(word, false, eo));
            out.add(spell(word, true, eo));
        }
        if (word.length() == 1) {
            int initial = (word.charAt(0) - 0xAC00) / (21 * 28);
            if (initial >= 15 && initial <= 17) {
                // North Korea's romanisation writes the aspirates ㅋ ㅌ ㅍ kh, th, ph (국어의 라틴문자표기법, 1992: Phyongyang,
                // Thae Jong Su), McCune-Reischauer k', t', p' without the apostrophe: a surname of one syllable (편 Phyon, 탁
                // Thak) in those spellings too; a given name's are read by readAs
                String aspirate = initial == 15 ? "kh" : initial == 16 ? "th" : "ph";
                for (String spelled : List.copyOf(out)) {
                    if (!spelled.isEmpty() && spelled.charAt(0) == aspirate.charAt(0) && (spelled.length() == 1 || spelled.charAt(1) != 'h')) {
                        out.add(aspirate + spelled.substring(1));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static final int IEUNG = 11;
    private static final int RIEUL = 5;
    private static final int NIEUN = 2;

    /**
     * A one-syllable surname and its form across the initial sound law (두음 법칙, 한글 맞춤법 제10–12항): South Korea
     * writes an initial ㄹ as ㅇ before i and the y-vowels and as ㄴ before the others, and an initial ㄴ as ㅇ before i
     * and the y-vowels (리 이, 류 유, 량 양, 로 노, 녀 여); North Korea keeps them. So the North's 리 is the South's 이 (Ri,
     * Yi, Lee), and the South's 이, 유, 양 the North's 리, 류, 량 (Ri, Ryu, Ryang): ㅇ before i or a y-vowel goes back to ㄹ
     * only, since no surname the North writes with ㄴ before i becomes ㅇ (ㄴ before another vowel is not taken back to
     * ㄹ either: 남 Nam was never 람). The syllable itself comes first.
     */
    static List<Character> initialSoundLaw(char syllable) {
        int s = syllable - 0xAC00;
        if (s < 0 || s > 11171) {
            return List.of(syllable);
        }
        int initial = s / (21 * 28);
        int medial = (s % (21 * 28)) / 28;
        boolean iOrY = medial == 20 || medial == 2 || medial == 3 || medial == 6 || medial == 7 || medial == 12 || medial == 17;
        int other = initial == RIEUL ? (iOrY ? IEUNG : NIEUN) : initial == NIEUN && iOrY ? IEUNG : initial == IEUNG && iOrY ? RIEUL : -1;
        if (other < 0) {
            return List.of(syllable);
        }
        return List.of(syllable, (char) (0xAC00 + (other * 21 + medial) * 28 + s % 28));
    }

    /**
     * A word of two syllables or more in each spelling of its first syllable across the initial sound law, for the words
     * of organisation names (the word itself first): North Korea writes the initial ㄹ and ㄴ of Sino-Korean words that
     * the South writes ㅇ or ㄴ (조선말규범집 against 한글 맞춤법 제10–12항: 로동 노동 labour, 련합 연합 united, 녀성 여성
     * women, 리용 이용 use), so a table written in one orthography reads the other. Unlike a surname (see
     * {@link #initialSoundLaw}), a word's ㄴ before any vowel may be the South's form of ㄹ (勞 로, 노).
     */
    static List<String> bothOrthographies(String word) {
        if (word.length() < 2 || !isHangul(word)) {
            return List.of(word);
        }
        int s = word.charAt(0) - 0xAC00;
        int initial = s / (21 * 28);
        int medial = (s % (21 * 28)) / 28;
        boolean iOrY = medial == 20 || medial == 2 || medial == 3 || medial == 6 || medial == 7 || medial == 12 || medial == 17;
        List<Integer> others = new ArrayList<>();
        if (initial == RIEUL) {
            others.add(iOrY ? IEUNG : NIEUN);
        } else if (initial == NIEUN) {
            others.add(RIEUL);
            if (iOrY) {
                others.add(IEUNG);
            }
        } else if (initial == IEUNG && iOrY) {
            others.add(RIEUL);
            others.add(NIEUN);
        }
        List<String> out = new ArrayList<>();
        out.add(word);
        for (int other : others) {
            out.add((char) (0xAC00 + (other * 21 + medial) * 28 + s % 28) + word.substring(1));
        }
        return out;
    }

    /**
     * @param voiceless initials as McCune-Reischauer writes them at a word start (k, t, p, ch)
     * @param eo        how ㅓ/ㅕ/ㅡ are written: 0 Revised (eo, yeo, eu), 1 as o (Jong, Yo), 2 as u (Sung, Myung)
     */
    private static String spell(String word, boolean voiceless, int eo) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            int s = word.charAt(i) - 0xAC00;
            int initial = s / (21 * 28);
            int medial = (s % (21 * 28)) / 28;
            int fin = s % 28;
            sb.append(voiceless && i == 0 ? INITIAL_VOICELESS[initial] : INITIAL[initial]);
            String m = MEDIAL[medial];
            if (eo > 0) {
                m = switch (m) {
                    case "eo" -> eo == 1 ? "o" : "u";
                    case "yeo" -> eo == 1 ? "yo" : "yu";
                    case "eu" -> "u";
                    default -> m;
                };
            }
            sb.append(m).append(FINAL[fin]);
        }
        return sb.toString();
    }

    /** The customary Latin spellings of each common Hangul surname, one set per surname (cho, jo; park, pak, bak). */
    static java.util.Collection<String> surnameSpellings() {
        return SURNAMES.values();
    }
}
