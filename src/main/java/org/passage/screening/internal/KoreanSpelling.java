package org.passage.screening.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One Korean name in two Latin romanisations: McCune-Reischauer as North Korea and older lists write it (Cho Chun Ryong,
 * Pak Yong Sik, Choe Ryong Hae) and the Revised Romanization or the customary spelling of the South (Jo Chun Ryong,
 * Park Young Sik, Choi). The two differ by rule, not by chance: a voiceless initial is written k t p ch or g d b j,
 * ㅓ and ㅡ are o and u or eo and eu, and common surnames have their own spellings ({@link KoreanNames#surnameSpellings}).
 * Asked by {@link NameComparison} only when both names are Korean-shaped ({@link #marked}): every word is made of
 * Korean syllables and one of them is a Korean surname, so that Dan and Tan or Bong and Pong elsewhere stay apart.
 */
final class KoreanSpelling {

    /** One to three Korean syllables in Latin letters: initial, vowel, final consonant. */
    private static final Pattern SYLLABLES = Pattern.compile(
            "(?:(?:tch|kk|gg|tt|dd|pp|bb|ss|jj|ch|sh|[gkndtrlmbpsjhyw])?(?:yeo|yae|wae|eo|eu|ae|ya|yo|yu|ye|wa|we|wi|wo|oe|oi|ui|oo|ee|ou|a|e|i|o|u)(?:ng|[kgntdlmpb](?![aeiouyw]))?){1,3}");
    private static final Map<String, Integer> SURNAME = surnames();

    private KoreanSpelling() {
    }

    /** Every word of the name reads as Korean syllables, there are two to four, and one is a Korean surname. */
    static boolean marked(ParsedName name) {
        NameToken[] tokens = name.tokens();
        if (tokens.length < 2 || tokens.length > 4) {
            return false;
        }
        boolean surname = false;
        for (NameToken t : tokens) {
            if (t.numeric() || t.abjad() || t.syllabic() || t.text().length() > 9
                    || !SURNAME.containsKey(t.text()) && !SYLLABLES.matcher(t.text()).matches()) {
                return false; // Park and Rhee are spelled by custom, not by syllable
            }
            surname |= SURNAME.containsKey(t.text());
        }
        return surname;
    }

    /** Two Latin words that write the same Korean syllables (Cho, Jo; Sok, Seok; Young, Yong) or the same surname (Park, Pak). */
    static boolean sameName(String a, String b) {
        Integer surnameA = SURNAME.get(a);
        if (surnameA != null && surnameA.equals(SURNAME.get(b))) {
            return true;
        }
        return key(a).equals(key(b));
    }

    /**
     * The word with the differences between the romanisations taken out: voiced and voiceless initials as one (g k, d t,
     * b p, j ch), doubled ones as single, r and l as one; ㅓ, ㅗ, ㅜ and ㅡ as one vowel, since lists write ㅓ as eo, o
     * (McCune-Reischauer's ŏ) and u (Sung, Jung, Chun) and ㅡ as eu or u; ee as i, ae as e, oe and oi as we, yeo, you and
     * yu as yo; a final ng kept apart from n and g.
     */
    static String key(String word) {
        String w = word.replace("ng", "Ŋ");
        w = w.replace("yeo", "yo").replace("you", "yo").replace("yu", "yo").replace("eo", "o").replace("eu", "o").replace("oo", "o")
                .replace("ou", "o").replace('u', 'o').replace("ee", "i").replace("ae", "e").replace("oe", "we").replace("oi", "we");
        w = w.replace("tch", "c").replace("ch", "c").replace("jj", "c").replace('j', 'c').replace("kk", "k").replace("gg", "k").replace('g', 'k')
                .replace("tt", "t").replace("dd", "t").replace('d', 't').replace("pp", "p").replace("bb", "p").replace('b', 'p')
                .replace("ss", "s").replace("sh", "s").replace('r', 'l');
        return w;
    }

    private static Map<String, Integer> surnames() {
        Map<String, Integer> out = new HashMap<>();
        int id = 0;
        for (String spellings : KoreanNames.surnameSpellings()) {
            for (String spelling : spellings.split(" ")) {
                out.putIfAbsent(spelling, id);
            }
            id++;
        }
        return Map.copyOf(out);
    }
}
