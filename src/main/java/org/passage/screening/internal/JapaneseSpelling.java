package org.passage.screening.internal;

/**
 * One key for the spellings of a Japanese name in Latin letters: Hepburn and Kunrei-shiki (si shi, ti chi, tu tsu,
 * hu fu, zi ji, sya sha, tya cha, zya ja), a long vowel written ō, ou, oo, oh or o (Ōno, Oono, Ohno, Ono; Satō, Satou,
 * Satoh, Sato), uu/ū and ei/e likewise, a doubled consonant (Hattori, Hatori; Matchida) and n or m before b, m, p
 * (Shimbun, Shinbun) as one. The key loses what names rarely differ by and keeps every mora's consonant and vowel.
 */
final class JapaneseSpelling {

    private static final String[][] KUNREI = {{"sya", "sha"}, {"syu", "shu"}, {"syo", "sho"}, {"tya", "cha"}, {"tyu", "chu"}, {"tyo", "cho"},
            {"zya", "ja"}, {"zyu", "ju"}, {"zyo", "jo"}, {"jya", "ja"}, {"jyu", "ju"}, {"jyo", "jo"}, {"si", "shi"}, {"ti", "chi"},
            {"tu", "tsu"}, {"hu", "fu"}, {"zi", "ji"}, {"di", "ji"}, {"du", "zu"}};

    private JapaneseSpelling() {
    }

    /** The key of a lower-case ASCII spelling. */
    static String key(String latin) {
        String s = latin;
        for (String[] k : KUNREI) {
            if (s.contains(k[0]) && !s.contains(k[1])) {
                s = s.replace(k[0], k[1]);
            }
        }
        s = s.replace("tch", "ch");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Japanese has one liquid and no v: a Latin l or v in a name kana write is their r or b (Milei ミレイ, Javier ハビエル)
            c = c == 'l' ? 'r' : c == 'v' ? 'b' : c;
            char last = sb.isEmpty() ? 0 : sb.charAt(sb.length() - 1);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            boolean vowel = "aeiou".indexOf(c) >= 0;
            if (c == last && c != 'n') {
                continue; // a long vowel (oo, uu) or a doubled consonant (tt, kk)
            }
            if (last == 'o' && (c == 'u' || (c == 'h' && "aeiouy".indexOf(next) < 0))) {
                continue; // ou and oh: a long o
            }
            if (last == 'e' && c == 'i' && "aeiou".indexOf(next) < 0 && i > 1) {
                continue; // ei: a long e
            }
            if (c == 'm' && (next == 'b' || next == 'p' || next == 'm')) {
                sb.append('n');
                continue;
            }
            sb.append(vowel || Character.isLetter(c) ? c : "");
        }
        return sb.toString();
    }
}
