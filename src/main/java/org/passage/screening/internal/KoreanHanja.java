package org.passage.screening.internal;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ko.dict.KoMorphData;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.TokenInfoFST;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.jspecify.annotations.Nullable;

/**
 * The Korean readings of a name written in Hanja (金正恩 is 김정은, Kim Jong Un), from the mecab-ko-dic dictionary
 * that Lucene's Korean analyser (nori) ships: its entries for single Hanja carry their Hangul reading, which is what
 * nori's KoreanReadingFormFilter puts in place of the character. A character may have several readings (金 김 and
 * 금), each tried; a character the dictionary does not know leaves the word without a reading, never a guessed one.
 * Simplified characters (铁) are looked up in their traditional form (鐵), as Korean writes them. A person's name in
 * Hanja that could be Korean is also screened as its Hangul reading ({@link EntityProfile}), which the Korean
 * romanisations then read (김정은 Kim Jong Un). The only class that touches nori; its dictionary (about 14 MB) is
 * loaded on first use, which only such a name makes.
 */
final class KoreanHanja {

    /** Readings kept per word: a given name of two characters with two readings each is four. */
    static final int MAX_READINGS = 8;
    private static final int MAX_CHARS = 4;
    private static final int FIRST_HAN = 0x4E00;
    private static final int LAST_HAN = 0x9FFF;
    /** Characters whose readings are kept: the few thousand of names, not every code point a fuzzer can send. */
    private static final int MAX_CACHED = 20_000;
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final ThreadLocal<Transliterator> TRADITIONAL = ThreadLocal.withInitial(() -> Transliterator.getInstance("Hans-Hant"));

    /**
     * The Hanja of the common Korean surnames (Statistics Korea, 2015 census: about the seventy most frequent): a
     * Han name is read as Korean only when it starts with one of them.
     */
    private static final String SURNAMES = "金李朴崔鄭姜趙尹張林韓吳徐申權黃安宋柳洪全高文梁孫裵白許南沈盧河郭成車朱禹具閔兪陳池嚴蔡元千方孔玄咸卞廉呂秋都石宣薛馬吉延表明奇潘王琴太";

    private KoreanHanja() {
    }

    private static final class Dictionary {
        static final TokenInfoDictionary INSTANCE = TokenInfoDictionary.getInstance();
    }

    /**
     * A person's name in Hanja that could be Korean, read in Hangul (金正恩 김정은, 朴 槿惠 박 근혜): two to four
     * characters, surname first and one of the common Korean surnames, each character with a reading (the
     * dictionary's first). Null for any other name, which keeps its Chinese and Japanese readings only.
     */
    static @Nullable String hangulName(String name) {
        String s = name.strip();
        int han = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (!ChineseNames.isHan(String.valueOf(c))) {
                return null;
            }
            han++;
        }
        if (han < 2 || han > MAX_CHARS || SURNAMES.indexOf(s.charAt(0)) < 0 && SURNAMES.indexOf(TRADITIONAL.get().transliterate(s.substring(0, 1)).charAt(0)) < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                out.append(' ');
                continue;
            }
            List<String> readings = of(String.valueOf(c));
            if (readings.isEmpty()) {
                return null;
            }
            out.append(readings.getFirst());
        }
        return out.toString();
    }

    /** The Hangul readings of a word of one to four Han characters, every combination, at most {@value #MAX_READINGS}; empty when a character has none. */
    static List<String> readings(String word) {
        int n = word.codePointCount(0, word.length());
        if (n == 0 || n > MAX_CHARS || !ChineseNames.isHan(word)) {
            return List.of();
        }
        List<String> out = List.of("");
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            List<String> here = of(new String(Character.toChars(cp)));
            if (here.isEmpty()) {
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String head : out) {
                for (String r : here) {
                    if (next.size() < MAX_READINGS) {
                        next.add(head + r);
                    }
                }
            }
            out = next;
        }
        return List.copyOf(out);
    }

    /** The readings of one character, in its own form or, when the dictionary lacks it, its traditional one. */
    private static List<String> of(String character) {
        List<String> known = CACHE.get(character);
        if (known != null) {
            return known;
        }
        List<String> readings = lookUp(character);
        if (CACHE.size() < MAX_CACHED) {
            CACHE.put(character, readings);
        }
        return readings;
    }

    private static List<String> lookUp(String character) {
        List<String> readings = entries(character);
        if (readings.isEmpty()) {
            String traditional = TRADITIONAL.get().transliterate(character);
            if (!traditional.equals(character)) {
                readings = entries(traditional);
            }
        }
        return readings;
    }

    /**
     * The one-syllable Hangul readings of the dictionary's entries for exactly this character; for a character that
     * has no entry of its own (恩, 哲), the first syllable of the readings of its two-character words (恩惠 은혜,
     * 哲學 철학), the most frequent first: a Hanja has one reading in nearly every word it begins.
     */
    private static List<String> entries(String text) {
        TokenInfoDictionary dictionary = Dictionary.INSTANCE;
        TokenInfoFST fst = dictionary.getFST();
        KoMorphData morph = dictionary.getMorphAttributes();
        DictionaryWalk walk = DictionaryWalk.along(fst, text);
        if (walk == null) {
            return List.of();
        }
        try {
            if (!walk.arc().isFinal()) {
                return text.length() == 1 ? firstSyllables(dictionary, fst, walk.arc(), walk.output(), walk.reader()) : List.of();
            }
            IntsRef ids = new IntsRef();
            dictionary.lookupWordIds(walk.wordId(), ids);
            Set<String> out = new LinkedHashSet<>();
            for (int k = 0; k < ids.length; k++) {
                String reading = morph.getReading(ids.ints[ids.offset + k]);
                if (reading != null && reading.length() == 1 && KoreanNames.isHangul(reading)) {
                    out.add(reading);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first syllables of the two-syllable readings of the two-character words that start at {@code node}, most frequent first, at most two. */
    private static List<String> firstSyllables(TokenInfoDictionary dictionary, TokenInfoFST fst, FST.Arc<Long> node, long output,
            FST.BytesReader reader) throws IOException {
        KoMorphData morph = dictionary.getMorphAttributes();
        Map<String, Integer> counts = new HashMap<>();
        FST.Arc<Long> child = new FST.Arc<>();
        IntsRef ids = new IntsRef();
        // the FST's arcs cannot be listed through nori's wrapper: each character of the unified block is asked for
        for (int second = FIRST_HAN; second <= LAST_HAN; second++) {
            if (fst.findTargetArc(second, node, child, false, reader) == null || !child.isFinal()) {
                continue;
            }
            dictionary.lookupWordIds((int) (output + child.output() + child.nextFinalOutput()), ids);
            for (int k = 0; k < ids.length; k++) {
                String reading = morph.getReading(ids.ints[ids.offset + k]);
                if (reading != null && reading.length() == 2 && KoreanNames.isHangul(reading)) {
                    counts.merge(reading.substring(0, 1), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(2).map(Map.Entry::getKey).toList();
    }
}
