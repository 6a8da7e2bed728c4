package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Names with brackets and slashes in any place and any number, opened and never closed, built from the pieces a second
 * name is read from (random text would seldom hold them): reading never fails, gives at most a few names, none of
 * them the name as written or blank.
 */
class SecondNamesFuzzTests {

    private static final String[] PIECES = {"(", ")", "（", "）", "/", " / ", " ", ",", ";", ":", "Aliases", "aka", "Veltora", "VMEW",
        "Bank", "ООО", "«", "»", "Switzerland", "Швейцарии", "芜湖", "s", "o", "Marine", "Works", "7", "-"};

    private static final NameParser PARSER = new NameParser();

    @FuzzTest(maxDuration = "20s")
    void readingAnyBracketOrSlashIsSafe(FuzzedDataProvider data) {
        boolean person = data.consumeBoolean();
        String name = data.consumeBoolean() ? data.consumeString(300) : build(data);
        var names = SecondNames.of(name, person, PARSER);
        assertThat(names.size()).isLessThanOrEqualTo(8);
        for (String n : names) {
            assertThat(n).isNotBlank().isNotEqualTo(name.strip());
        }
    }

    private static String build(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        for (int p : data.consumeInts(16)) {
            sb.append(PIECES[Math.floorMod(p, PIECES.length)]);
        }
        return sb.toString();
    }
}
