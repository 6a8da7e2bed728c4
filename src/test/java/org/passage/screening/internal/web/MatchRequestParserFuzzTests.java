package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.passage.screening.Screening;

/**
 * Any bytes, and any JSON-ish text around a valid request, as a match request: the parser either accepts a
 * request whose every value passes the checks, or refuses it naming a field — it never fails otherwise.
 */
class MatchRequestParserFuzzTests {

    @FuzzTest(maxDuration = "20s")
    void anyBodyIsParsedOrRefusedNamingAField(FuzzedDataProvider data) {
        byte[] body = data.consumeBoolean()
                ? data.consumeRemainingAsBytes()
                : ("{\"queries\": {\"" + data.consumeString(70) + "\": {\"schema\": \"" + data.consumeString(20)
                + "\", \"properties\": {\"name\": [\"" + data.consumeString(1500) + "\"], \"birthDate\": \"" + data.consumeString(12)
                + "\"}}}, \"limit\": " + data.consumeInt() + "}").getBytes(StandardCharsets.UTF_8);
        try {
            MatchRequest request = MatchRequestParser.parse(body);
            assertThat(request.queries()).isNotEmpty().hasSizeLessThanOrEqualTo(MatchRequestParser.MAX_QUERIES);
            request.queries().values().forEach(q -> {
                assertThat(MatchRequestParser.SCHEMAS).contains(q.schema());
                q.properties().values().forEach(values -> values.forEach(v -> {
                    assertThat(v.length()).isLessThanOrEqualTo(Screening.MAX_NAME_LENGTH);
                    assertThat(v.chars().noneMatch(Character::isISOControl)).isTrue();
                }));
            });
            if (request.limit() != null) {
                assertThat(request.limit()).isBetween(1, 500);
            }
        } catch (InvalidMatchRequest e) {
            assertThat(e.field()).matches("body|queries|threshold|limit|queries\\.[A-Za-z0-9_.:-]+\\.(schema|properties)(\\.[A-Za-z0-9?]+)?|queries\\.[A-Za-z0-9_.:-]+");
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
