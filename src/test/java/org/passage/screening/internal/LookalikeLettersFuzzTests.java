package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text, and words built from Latin and Cyrillic lookalikes mixed (which random text would almost never hit): reading
 * a word in one script never fails, keeps the text's length and every character that is no letter, changes only
 * letters into letters, and leaves no word mixing the two scripts that the rule resolves; the parser keeps its bounds.
 */
class LookalikeLettersFuzzTests {

    private static final String LETTERS = "AaBCcEeHKkMOoPpTXxyIiĸАаВСсЕеНКкМОоРрТХхуІіЛлЖжГгДдQqWwZz ,-'’«»";

    @FuzzTest(maxDuration = "20s")
    void readingAnyTextInOneScriptIsSafe(FuzzedDataProvider data) {
        check(data.consumeString(80));
        int[] picks = data.consumeInts(24);
        StringBuilder sb = new StringBuilder();
        for (int p : picks) {
            sb.append(LETTERS.charAt(Math.floorMod(p, LETTERS.length())));
        }
        String mixed = sb.toString();
        check(mixed);
        String once = LookalikeLetters.inOneScript(mixed);
        assertThat(LookalikeLetters.inOneScript(once)).isEqualTo(once);
        ParsedName name = new NameParser().parse(mixed);
        assertThat(name == null || name.size() <= NameParser.MAX_TOKENS).isTrue();
        NamePairs.score("Company", "ООО " + mixed, "Veltor LLC");
    }

    private static void check(String text) {
        String out = LookalikeLetters.inOneScript(text);
        assertThat(out).hasSameSizeAs(text);
        for (int i = 0; i < text.length(); i++) {
            char before = text.charAt(i);
            char after = out.charAt(i);
            if (before != after) {
                assertThat(Character.isLetter(before) && Character.isLetter(after)).isTrue();
            }
        }
    }
}
