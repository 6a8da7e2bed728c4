package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Letters said aloud, Pinyin cut into syllables and the Arabic article, on any text and on names built from the pieces
 * these readings look for (random text would almost never hit them): they never fail, a word said as letters is said
 * by at least two letters of it, a cut of Pinyin puts its syllables back together as the word, and two names built this
 * way always compare to a score in [0, 1].
 */
class OrganisationShapeFuzzTests {

    private static final String[] PIECES = {"es", "ef", "dzhi", "ey", "bi", "ed", "-", "daawa", "as", "salafia", "kaluobo", "caribou",
        "mnogo", "MPFK", "SFG", "Firma", "Veltora", "ООО", "ЭсЭфДжи", "al", "Islamiyya", "Kft.", "felszámolás", "alatt", " ", "7"};

    @FuzzTest(maxDuration = "20s")
    void readingAnyShapeIsSafe(FuzzedDataProvider data) {
        String word = data.consumeAsciiString(30).toLowerCase(java.util.Locale.ROOT);
        String acronym = data.consumeAsciiString(8).toLowerCase(java.util.Locale.ROOT);
        if (!acronym.isEmpty() && OrgAcronyms.saysLetters(word, acronym)) {
            assertThat(word.length()).isGreaterThanOrEqualTo(OrgAcronyms.MIN_SAID_LETTERS);
        }
        for (String[] cut : HanBrands.pinyinCuts(word)) {
            assertThat(String.join("", cut)).isEqualTo(word);
        }

        NameParser parser = new NameParser();
        ParsedName a = parser.parse(build(data));
        ParsedName b = parser.parse(build(data));
        if (a == null || b == null) {
            return;
        }
        assertThat(NameComparison.compare(a, b, true).score()).isBetween(0.0, 1.0);
    }

    private static String build(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        for (int p : data.consumeInts(10)) {
            sb.append(PIECES[Math.floorMod(p, PIECES.length)]);
        }
        return sb.toString();
    }
}
