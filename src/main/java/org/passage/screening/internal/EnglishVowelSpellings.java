package org.passage.screening.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * English vowels as katakana and Hangul write them, which English spells with other letters than the syllables'
 * romanisation: the diphthong /aɪ/ is アイ and 아이 (Michael マイケル 마이클, Kyle カイル 카일, Brian ブライアン 브라이언),
 * spelled i, y or igh; the vowel /ɔː/ is オー (Paul ポール, Shaw ショー, Walker ウォーカー), spelled au, aw or al. The
 * correspondences are those of the Cabinet notice on writing loanwords (外来語の表記, 1991), of Korea's loanword
 * orthography (외래어 표기법, 1986, table 1: [aɪ] 아이) and of the English-to-katakana tables (Wikipedia, "Transcription
 * into Japanese": English /aɪ/ アイ, /ɔː/ オー); the spellings are English's own for those sounds.
 */
final class EnglishVowelSpellings {

    private EnglishVowelSpellings() {
    }

    /**
     * One unit for a syllable in a and the イ after it: the two kana as they are romanised (mai, may), or, for a
     * syllable's spelling that ends in a, English's /aɪ/ in its place (mi, my, migh).
     */
    static String[] longI(String[] syllable) {
        Set<String> out = new LinkedHashSet<>();
        for (String o : syllable) {
            out.add(o + "i");
            out.add(o + "y");
        }
        for (String o : syllable) {
            if (!o.isEmpty() && o.charAt(o.length() - 1) == 'a') {
                String onset = o.substring(0, o.length() - 1);
                out.add(onset + "i");
                out.add(onset + "y");
                out.add(onset + "igh");
            }
        }
        return out.toArray(String[]::new);
    }

    /** A syllable in o before ー, with its spellings in a besides (po, pa), for English's /ɔː/ spelled au, aw, al. */
    static String[] broadO(String[] syllable) {
        Set<String> out = new LinkedHashSet<>(java.util.List.of(syllable));
        for (String o : syllable) {
            if (!o.isEmpty() && o.charAt(o.length() - 1) == 'o') {
                out.add(o.substring(0, o.length() - 1) + "a");
            }
        }
        return out.toArray(String[]::new);
    }
}
