package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chinese and Japanese names as Russian writes them, read back into the Latin spellings lists use. Russian does not
 * transliterate these names letter by letter: Chinese goes through the Palladius system (Си Цзиньпин is Xi Jinping,
 * Ли Кэцян Li Keqiang, Чжэцзян Zhejiang) and Japanese through Polivanov's (Синдзо Абэ is Shinzo Abe, Кэндзи Kenji,
 * Кисида Kishida) and Korean through Kontsevich's (Ким Чен Ын is Kim Jong Un, Пак Кын Хе Park Geun-hye), so the Russian
 * romanisation of the Cyrillic (si tszinpin, kendzi, chen yn) misses the name. A Cyrillic word that splits wholly into
 * the syllables of one of these systems is also read as those syllables' Latin spelling; a word that does not
 * (Петров, Иванов: no syllable of the three ends in в) is left alone.
 */
final class AsianCyrillic {

    /** Every syllable of Hanyu Pinyin without tones, as ICU4J's Han-Latin/Names reads the CJK Unified Ideographs. */
    private static final String PINYIN = "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai"
            + " can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo"
            + " ci cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun duo"
            + " e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang"
            + " gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin"
            + " jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan"
            + " lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lue lun luo ma mai man mang mao me mei men"
            + " meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong"
            + " nou nu nuan nue nun nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao"
            + " qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se"
            + " sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su"
            + " suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen"
            + " weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu"
            + " yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai"
            + " zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo";

    /** The Hepburn syllables of Japanese (with the contracted ones) and their Cyrillic in Polivanov's system. */
    private static final String[][] POLIVANOV = {
            {"a", "а"}, {"i", "и"}, {"u", "у"}, {"e", "э"}, {"o", "о"},
            {"ka", "ка"}, {"ki", "ки"}, {"ku", "ку"}, {"ke", "кэ"}, {"ko", "ко"},
            {"ga", "га"}, {"gi", "ги"}, {"gu", "гу"}, {"ge", "гэ"}, {"go", "го"},
            {"sa", "са"}, {"shi", "си"}, {"su", "су"}, {"se", "сэ"}, {"so", "со"},
            {"za", "дза"}, {"ji", "дзи"}, {"zu", "дзу"}, {"ze", "дзэ"}, {"zo", "дзо"},
            {"ta", "та"}, {"chi", "ти"}, {"tsu", "цу"}, {"te", "тэ"}, {"to", "то"},
            {"da", "да"}, {"de", "дэ"}, {"do", "до"},
            {"na", "на"}, {"ni", "ни"}, {"nu", "ну"}, {"ne", "нэ"}, {"no", "но"},
            {"ha", "ха"}, {"hi", "хи"}, {"fu", "фу"}, {"he", "хэ"}, {"ho", "хо"},
            {"ba", "ба"}, {"bi", "би"}, {"bu", "бу"}, {"be", "бэ"}, {"bo", "бо"},
            {"pa", "па"}, {"pi", "пи"}, {"pu", "пу"}, {"pe", "пэ"}, {"po", "по"},
            {"ma", "ма"}, {"mi", "ми"}, {"mu", "му"}, {"me", "мэ"}, {"mo", "мо"},
            {"ya", "я"}, {"yu", "ю"}, {"yo", "ё"},
            {"ra", "ра"}, {"ri", "ри"}, {"ru", "ру"}, {"re", "рэ"}, {"ro", "ро"},
            {"wa", "ва"}, {"n", "н"},
            {"kya", "кя"}, {"kyu", "кю"}, {"kyo", "кё"}, {"gya", "гя"}, {"gyu", "гю"}, {"gyo", "гё"},
            {"sha", "ся"}, {"shu", "сю"}, {"sho", "сё"}, {"ja", "дзя"}, {"ju", "дзю"}, {"jo", "дзё"},
            {"cha", "тя"}, {"chu", "тю"}, {"cho", "тё"}, {"nya", "ня"}, {"nyu", "ню"}, {"nyo", "нё"},
            {"hya", "хя"}, {"hyu", "хю"}, {"hyo", "хё"}, {"bya", "бя"}, {"byu", "бю"}, {"byo", "бё"},
            {"pya", "пя"}, {"pyu", "пю"}, {"pyo", "пё"}, {"mya", "мя"}, {"myu", "мю"}, {"myo", "мё"},
            {"rya", "ря"}, {"ryu", "рю"}, {"ryo", "рё"}};

    private static final String[] INITIALS = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
            "r", "z", "c", "s"};
    private static final String[] INITIALS_CYRILLIC = {"чж", "ч", "ш", "б", "п", "м", "ф", "д", "т", "н", "л", "г", "к", "х", "цз",
            "ц", "с", "ж", "цз", "ц", "с"};
    private static final Map<String, List<String>> CHINESE = invert(palladiusTable());
    private static final Map<String, List<String>> JAPANESE = invert(polivanovTable());
    private static final int LONGEST = 6; // цзюань
    private static final int MAX_READINGS = 4;
    private static final int MAX_LETTERS = 24;

    private AsianCyrillic() {
    }

    /**
     * The Pinyin and Hepburn readings of a lower-case Cyrillic word that splits wholly into Palladius or Polivanov
     * syllables (at most a few of each); empty for any other word.
     */
    static List<String> readings(String word) {
        if (word.length() < 2 || word.length() > MAX_LETTERS) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        split(word, 0, new StringBuilder(), CHINESE, false, out);
        split(word, 0, new StringBuilder(), JAPANESE, true, out);
        korean(word, out);
        return List.copyOf(out);
    }

    private static void split(String word, int at, StringBuilder latin, Map<String, List<String>> table, boolean japanese, Set<String> out) {
        if (out.size() >= MAX_READINGS) {
            return;
        }
        if (at == word.length()) {
            out.add(latin.toString());
            return;
        }
        int mark = latin.length();
        char c = word.charAt(at);
        if (japanese && at > 0 && at + 1 < word.length() && c == word.charAt(at + 1) && "кстп".indexOf(c) >= 0) {
            // a doubled consonant (Хоккайдо Hokkaido, Саппоро Sapporo) doubles the next syllable's first letter
            split(word, at + 1, latin.append("kstp".charAt("кстп".indexOf(c))), table, true, out);
            latin.setLength(mark);
        }
        if (japanese && c == 'ъ' && at > 0 && word.charAt(at - 1) == 'н') {
            split(word, at + 1, latin, table, true, out); // Дзюнъитиро Jun'ichiro: ъ parts the n from the vowel after it
            return;
        }
        if (japanese && c == 'й' && at > 0 && "аиуэо".indexOf(word.charAt(at - 1)) >= 0) {
            split(word, at + 1, latin.append('i'), table, true, out); // Хэйсэй Heisei: й is the i after a vowel
            latin.setLength(mark);
        }
        for (int end = Math.min(word.length(), at + LONGEST); end > at; end--) {
            List<String> syllables = table.get(word.substring(at, end));
            if (syllables == null) {
                continue;
            }
            for (String syllable : syllables) {
                split(word, end, latin.append(syllable), table, japanese, out);
                latin.setLength(mark);
            }
        }
    }

    /**
     * Kontsevich's Korean syllables, initial consonant, vowel and final, each with the Latin letters McCune-Reischauer,
     * the Revised Romanization and customary spellings write it with, the likeliest first (Чен: Jong as the North
     * writes 정, Ын: Un or Eun, Ир: Il). Russian also writes ㅈ as чж or дж (Чжэ Jae, Джу Ju) and ㅔ/ㅓ as е.
     */
    private static final String[][] KOREAN_INITIALS = {{"чх", "ch"}, {"кх", "k"}, {"тх", "t"}, {"пх", "p"}, {"чж", "j", "ch"},
            {"дж", "j", "ch"}, {"чч", "jj"}, {"кк", "kk"}, {"тт", "tt"}, {"пп", "pp"}, {"сс", "ss"}, {"ч", "ch", "j"}, {"к", "k", "g"},
            {"г", "g", "k"}, {"т", "t", "d"}, {"д", "d", "t"}, {"п", "p", "b"}, {"б", "b", "p"}, {"с", "s"}, {"х", "h"}, {"м", "m"},
            {"н", "n"}, {"р", "r", "l"}, {"л", "l", "r"}};
    private static final String[][] KOREAN_VOWELS = {{"ве", "oe", "we"}, {"ви", "wi"}, {"ва", "wa"}, {"во", "wo"}, {"вэ", "wae"},
            {"ый", "ui"}, {"а", "a"}, {"я", "ya"}, {"о", "o", "eo", "u"}, {"ё", "yo", "yeo", "yu"}, {"у", "u", "oo"}, {"ю", "yu"},
            {"ы", "eu", "u"}, {"и", "i", "ee"}, {"э", "ae", "e"}, {"е", "o", "eo", "u", "e", "ye"}};
    private static final String[][] KOREAN_FINALS = {{"ль", "l"}, {"нъ", "n"}, {"н", "ng", "n"}, {"к", "k"}, {"п", "p"}, {"м", "m"},
            {"т", "t"}, {"р", "l"}};
    private static final int MAX_KOREAN = 20;

    /** Readings of a Cyrillic word of one Korean syllable, or of two with a letter Russian words rarely have (Чхоль, Ёнчхоль). */
    private static void korean(String word, Set<String> out) {
        List<List<String[]>> syllables = new ArrayList<>();
        int at = 0;
        while (at < word.length() && syllables.size() < 3) {
            String[] initial = prefix(KOREAN_INITIALS, word, at);
            int v = at + (initial == null ? 0 : initial[0].length());
            String[] vowel = prefix(KOREAN_VOWELS, word, v);
            if (vowel == null) {
                return;
            }
            int f = v + vowel[0].length();
            String[] fin = prefix(KOREAN_FINALS, word, f);
            // a final consonant followed by a vowel is the next syllable's initial
            if (fin != null && f + fin[0].length() < word.length() && prefix(KOREAN_VOWELS, word, f + fin[0].length()) != null
                    && !fin[0].equals("ль")) {
                fin = null;
            }
            List<String[]> parts = new ArrayList<>(3);
            parts.add(initial == null ? new String[] {"", ""} : initial);
            parts.add(vowel);
            parts.add(fin == null ? new String[] {"", ""} : fin);
            syllables.add(parts);
            at = f + (fin == null ? 0 : fin[0].length());
        }
        if (at < word.length() || syllables.size() > 2 || syllables.size() == 2 && !koreanMarked(word)) {
            return;
        }
        List<String> readings = new ArrayList<>(List.of(""));
        for (List<String[]> syllable : syllables) {
            for (String[] part : syllable) {
                List<String> next = new ArrayList<>();
                for (String r : readings) {
                    for (int k = 1; k < part.length && next.size() < MAX_KOREAN; k++) {
                        next.add(r + part[k]);
                    }
                }
                readings = next;
            }
        }
        out.addAll(readings);
    }

    private static boolean koreanMarked(String word) {
        for (String marker : new String[] {"ы", "э", "ё", "чх", "кх", "тх", "пх", "чж", "ль"}) {
            if (word.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static String[] prefix(String[][] parts, String word, int at) {
        for (String[] part : parts) {
            if (word.startsWith(part[0], at)) {
                return part;
            }
        }
        return null;
    }

    private static Map<String, List<String>> invert(Map<String, String> latinToCyrillic) {
        Map<String, List<String>> out = new HashMap<>();
        latinToCyrillic.forEach((latin, cyrillic) -> out.computeIfAbsent(cyrillic, k -> new ArrayList<>(1)).add(latin));
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    private static Map<String, String> polivanovTable() {
        Map<String, String> out = new HashMap<>();
        for (String[] pair : POLIVANOV) {
            out.put(pair[0], pair[1]);
        }
        return out;
    }

    private static Map<String, String> palladiusTable() {
        Map<String, String> out = new HashMap<>();
        for (String syllable : PINYIN.split(" ")) {
            String cyrillic = palladius(syllable);
            if (cyrillic != null) {
                out.put(syllable, cyrillic);
            }
        }
        return out;
    }

    /** One Pinyin syllable in the Palladius system (the Russian Academy's table), or null for one it does not write. */
    static String palladius(String syllable) {
        String whole = switch (syllable) {
            case "yi" -> "и";
            case "ya" -> "я";
            case "ye" -> "е";
            case "yao" -> "яо";
            case "you" -> "ю";
            case "yan" -> "янь";
            case "yin" -> "инь";
            case "yang" -> "ян";
            case "ying" -> "ин";
            case "yong" -> "юн";
            case "yu" -> "юй";
            case "yue" -> "юэ";
            case "yuan" -> "юань";
            case "yun" -> "юнь";
            case "yo" -> "йо";
            case "wu" -> "у";
            case "wa" -> "ва";
            case "wo" -> "во";
            case "wai" -> "вай";
            case "wei" -> "вэй";
            case "wan" -> "вань";
            case "wen" -> "вэнь";
            case "wang" -> "ван";
            case "weng" -> "вэн";
            default -> null;
        };
        if (whole != null) {
            return whole;
        }
        String initial = "";
        String cyrillic = "";
        for (int i = 0; i < INITIALS.length; i++) {
            if (syllable.startsWith(INITIALS[i])) {
                initial = INITIALS[i];
                cyrillic = INITIALS_CYRILLIC[i];
                break;
            }
        }
        String fin = syllable.substring(initial.length());
        boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
        String tail = switch (fin) {
            case "a" -> "а";
            case "o" -> "о";
            case "e" -> "э";
            case "ai" -> "ай";
            case "ei" -> "эй";
            case "ao" -> "ао";
            case "ou" -> "оу";
            case "an" -> "ань";
            case "en" -> "энь";
            case "ang" -> "ан";
            case "eng" -> "эн";
            case "ong" -> "ун";
            case "er" -> "эр";
            case "i" -> initial.equals("z") || initial.equals("c") || initial.equals("s") ? "ы" : "и";
            case "ia" -> "я";
            case "ie" -> "е";
            case "iao" -> "яо";
            case "iu" -> "ю";
            case "ian" -> "янь";
            case "in" -> "инь";
            case "iang" -> "ян";
            case "ing" -> "ин";
            case "iong" -> "юн";
            case "u" -> palatal ? "юй" : "у";
            case "ua" -> "уа";
            case "uo" -> "о";
            case "uai" -> "уай";
            case "ui" -> "уй";
            case "uan" -> palatal ? "юань" : "уань";
            case "un" -> palatal ? "юнь" : "унь";
            case "uang" -> "уан";
            case "ue" -> "юэ";
            default -> null;
        };
        if (tail == null || initial.isEmpty() && !fin.isEmpty() && "aoe".indexOf(fin.charAt(0)) < 0) {
            return null;
        }
        return cyrillic + tail;
    }
}
