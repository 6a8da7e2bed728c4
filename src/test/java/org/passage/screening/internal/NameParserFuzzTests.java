package org.passage.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import org.passage.screening.Screening;
import org.passage.watchlists.ListedEntity;

/** Any text as a name or a birth date: the parser and the scorer never fail and stay within bounds. */
class NameParserFuzzTests {

    private static final NameParser PARSER = new NameParser();

    @FuzzTest(maxDuration = "20s")
    void parsingAndScoringAnyTextIsSafe(FuzzedDataProvider data) {
        String name = data.consumeString(2000);
        String other = data.consumeString(200);
        String birth = data.consumeString(20);
        ParsedName parsed = PARSER.parse(name);
        if (parsed != null) {
            assertThat(parsed.size()).isBetween(1, NameParser.MAX_TOKENS);
            for (NameToken t : parsed.tokens()) {
                assertThat(t.forms()).isNotEmpty();
                assertThat(t.text().length()).isLessThanOrEqualTo(NameParser.MAX_TOKEN_LENGTH * 8);
            }
        }
        var left = new ListedEntity("l", "Person", "", Map.of("name", List.of(name), "birthDate", List.of(birth)), "");
        var right = new ListedEntity("r", "Person", "", Map.of("name", List.of(other), "alias", List.of(name)), "");
        double score = Screening.compare(left, right, 0.7).score();
        assertThat(score).isBetween(0.0, 1.0);
    }
}
