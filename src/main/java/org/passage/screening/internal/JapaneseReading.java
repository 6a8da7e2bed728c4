package org.passage.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.ja.dict.JaMorphData;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.util.IntsRef;
import org.jspecify.annotations.Nullable;

/**
 * The Japanese readings of a name written in kanji, from the IPADIC dictionary that Lucene's Kuromoji analyser
 * ships (its entries tagged as people's surnames and given names, 名詞-固有名詞-人名, each with its katakana reading).
 * A name has as many readings as the dictionary gives: 清司 is Kiyoshi, Seiji or Kiyoji, and each is tried. A word the
 * dictionary does not know as a name has no reading — never a guessed one: such a name is "not checked".
 * The only class that touches Kuromoji; the dictionary (about 6.5 MB of data files; not the tokenizer's connection costs) is loaded once, on first use.
 */
final class JapaneseReading {

    private static final String PERSON_NAME = "名詞-固有名詞-人名";
    private static final String SURNAME = "名詞-固有名詞-人名-姓";
    private static final String GIVEN_NAME = "名詞-固有名詞-人名-名";
    /** Readings kept per word: a name of two pieces with four readings each is sixteen. */
    static final int MAX_READINGS = 12;
    private static final int MAX_CHARS = 8;

    private JapaneseReading() {
    }

    private static final class Dictionary {
        static final TokenInfoDictionary INSTANCE = TokenInfoDictionary.getInstance();
    }

    /**
     * The katakana readings of a word of kanji (and kana) as a Japanese person's name: those of the dictionary's
     * name entries for the whole word, else of a cut of it into name entries (高山 + 清司) or kana, every
     * combination, at most {@value #MAX_READINGS}. Empty when some part is not a name the dictionary knows.
     */
    static List<String> readings(String word) {
        if (word.isEmpty() || word.length() > MAX_CHARS || !hasKanji(word)) {
            return List.of();
        }
        List<List<String>> memo = new ArrayList<>();
        for (int i = 0; i <= word.length(); i++) {
            memo.add(null);
        }
        return List.copyOf(readingsFrom(word, 0, memo));
    }

    /**
     * A name written as one word of kanji, surname first and given name after (高山清司), cut where the dictionary
     * knows a surname of two characters or more followed by given names: "高山 清司"; null when there is no such cut.
     */
    static @Nullable String surnameAndGivenName(String word) {
        if (word.length() < 3 || word.length() > MAX_CHARS || !ChineseNames.isHan(word)) {
            return null;
        }
        for (int cut = Math.min(word.length() - 1, 3); cut >= 2; cut--) {
            String surname = word.substring(0, cut);
            String given = word.substring(cut);
            if (!entries(surname, SURNAME).isEmpty() && hasGivenName(given) && !readings(given).isEmpty()) {
                return surname + " " + given;
            }
        }
        return null;
    }

    /** Whether every word of kanji in the text has a reading as a Japanese name (a name of kana only has one by its letters). */
    static boolean readsAll(String text) {
        for (String word : text.split("[^\\p{L}\\p{M}]+")) {
            if (hasKanji(word) && readings(word).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static boolean hasKanji(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasGivenName(String given) {
        for (int end = given.length(); end >= 1; end--) {
            if (!entries(given.substring(0, end), GIVEN_NAME).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> readingsFrom(String word, int at, List<List<String>> memo) {
        if (at == word.length()) {
            return List.of("");
        }
        List<String> known = memo.get(at);
        if (known != null) {
            return known;
        }
        Set<String> out = new LinkedHashSet<>();
        char c = word.charAt(at);
        if (isKana(c)) {
            // kana in a name read as themselves (hiragana as katakana)
            int end = at;
            StringBuilder kana = new StringBuilder();
            while (end < word.length() && isKana(word.charAt(end))) {
                char k = word.charAt(end++);
                kana.append(k >= 'ぁ' && k <= 'ゖ' ? (char) (k + 0x60) : k);
            }
            for (String rest : readingsFrom(word, end, memo)) {
                out.add(kana + rest);
            }
        } else {
            // the longest name entry first: 清司 before 清 + 司
            for (int end = word.length(); end > at && out.size() < MAX_READINGS; end--) {
                List<String> here = entries(word.substring(at, end), PERSON_NAME);
                if (here.isEmpty()) {
                    continue;
                }
                List<String> rest = readingsFrom(word, end, memo);
                for (String r : here) {
                    for (String tail : rest) {
                        if (out.size() < MAX_READINGS) {
                            out.add(r + tail);
                        }
                    }
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        List<String> result = List.copyOf(out);
        memo.set(at, result);
        return result;
    }

    private static boolean isKana(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA || c == 'ー';
    }

    /** The katakana readings of the dictionary's entries for exactly this text whose part of speech starts with {@code pos}. */
    private static List<String> entries(String text, String pos) {
        TokenInfoDictionary dictionary = Dictionary.INSTANCE;
        JaMorphData morph = dictionary.getMorphAttributes();
        char[] chars = text.toCharArray();
        DictionaryWalk walk = DictionaryWalk.along(dictionary.getFST(), text);
        if (walk == null || !walk.arc().isFinal()) {
            return List.of();
        }
        IntsRef ids = new IntsRef();
        dictionary.lookupWordIds(walk.wordId(), ids);
        Set<String> out = new LinkedHashSet<>();
        for (int k = 0; k < ids.length; k++) {
            int id = ids.ints[ids.offset + k];
            String reading = morph.getReading(id, chars, 0, chars.length);
            if (morph.getPartOfSpeech(id).startsWith(pos) && reading != null && !reading.isEmpty()) {
                out.add(reading);
            }
        }
        return List.copyOf(out);
    }
}
