package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Any text, and text built from the characters of organisation words, places, numerals and legal forms (which random
 * text would almost never hit): the cut never fails and never yields an empty word, and the parser keeps its bounds.
 */
class UnspacedNamesFuzzTests {

    private static final String ALPHABET = "深圳市科技有限公司电子贸易第三十四五明远香港株式会社주식회사무역บริษัทจำกัด省局部所4 0x";

    @FuzzTest(maxDuration = "20s")
    void cuttingAnyTextIsSafe(FuzzedDataProvider data) {
        check(data.consumeString(200));
        int[] picks = data.consumeInts(40);
        StringBuilder sb = new StringBuilder();
        for (int p : picks) {
            sb.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, Math.floorMod(p, ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        check(sb.toString());
        assertThat(new NameParser().parse(sb.toString()) == null || new NameParser().parse(sb.toString()).size() <= NameParser.MAX_TOKENS).isTrue();
    }

    private static void check(String word) {
        List<String> cut = UnspacedNames.cut(word);
        if (cut == null) {
            return;
        }
        assertThat(cut).isNotEmpty().allSatisfy(w -> assertThat(w).isNotEmpty());
    }
}
