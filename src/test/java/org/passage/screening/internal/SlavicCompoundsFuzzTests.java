package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text, and words built from pieces of the compound stems and organisation words (which random text would almost
 * never hit): cutting never fails, never yields a part that is neither a term nor a spelling, never more parts than
 * {@link SlavicCompounds#MAX_PARTS}; and the parser keeps its bounds on such names.
 */
class SlavicCompoundsFuzzTests {

    private static final String[] PIECES = {"met", "zavod", "mash", "ino", "stroitel", "nyy", "neft", "e", "gaz", "ovaya", "sudo",
            "remont", "radio", "tele", "kompaniya", "bank", "vnesh", "torg", "prom", "o", "a", "x", "флот", "атом", "нефте", "газ"};

    @FuzzTest(maxDuration = "20s")
    void cuttingAnyWordIsSafe(FuzzedDataProvider data) {
        check(data.consumeAsciiString(60).toLowerCase(java.util.Locale.ROOT));
        int[] picks = data.consumeInts(10);
        StringBuilder sb = new StringBuilder();
        for (int p : picks) {
            sb.append(PIECES[Math.floorMod(p, PIECES.length)]);
        }
        check(sb.toString());
        ParsedName name = new NameParser().parse("ООО " + sb + " Велтор");
        assertThat(name == null || name.size() <= NameParser.MAX_TOKENS).isTrue();
        NamePairs.score("Company", "OOO " + sb + " Veltor", "Veltor Metallurgical Plant");
    }

    private static void check(String word) {
        String[] parts = SlavicCompounds.cut(word);
        assertThat(parts.length).isLessThanOrEqualTo(SlavicCompounds.MAX_PARTS);
        assertThat(parts.length == 0 || parts.length >= 2).isTrue();
        assertThat(parts).allSatisfy(p -> assertThat(p).isNotEmpty());
    }
}
