package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What a match request costs, in ordinary queries, and the refusal of one that asks for more than a request may: red27
 * sent 100 queries of 50 names at {@code limit=500} (17.7 s of both cores on the demo), answered 200 before.
 */
class ScreeningUnitsTests {

    /** A batch of {@code queries} queries of {@code names} names each. */
    static String batch(int queries, int names) {
        return "{\"queries\": {" + IntStream.range(0, queries).mapToObj(q -> "\"q" + q + "\": {\"schema\": \"Person\", \"properties\": {\"name\": ["
                + IntStream.range(0, names).mapToObj(n -> "\"Ivan Petrov " + q + " " + n + "\"").collect(Collectors.joining(", ")) + "]}}")
                .collect(Collectors.joining(", ")) + "}}";
    }

    private static Matching.Checked checked(String body, Integer limit) {
        return Matching.Checked.of("default", body.getBytes(StandardCharsets.UTF_8), null, null, null, limit, null, null, null, null, null, null);
    }

    @Test
    void anOrdinaryQueryIsOneUnitAndABatchTheSumOfItsQueries() {
        assertThat(checked(batch(1, 1), null).units()).isEqualTo(1);
        assertThat(checked(batch(1, 4), null).units()).as("up to 4 names").isEqualTo(1);
        assertThat(checked(batch(1, 5), null).units()).isEqualTo(2);
        assertThat(checked(batch(1, 1), 500).units()).as("limit 500 scores 500 candidates").isEqualTo(10);
        assertThat(checked(batch(1, 8), 500).units()).isEqualTo(20);
        assertThat(checked(batch(100, 1), null).units()).as("yente's batch of 100 at its default limit").isEqualTo(100);
        assertThat(checked(batch(100, 4), null).units()).isEqualTo(100);
        assertThat(checked(batch(10, 1), 500).units()).isEqualTo(100);
        assertThat(checked(batch(50, 1), 10).units()).as("limit 10 scores 100 candidates").isEqualTo(100);
        assertThat(checked("{\"queries\": {\"q\": {\"schema\": \"Vessel\", \"properties\": {\"imoNumber\": \"IMO9876543\"}}}}", null).units())
                .as("an identifier-only query").isEqualTo(1);
    }

    @Test
    void aRequestAskingForMoreThanARequestMayIsRefusedBeforeAnythingIsScreened() {
        for (var c : new Object[][] {{batch(100, 50), 500}, {batch(100, 1), 500}, {batch(100, 1), 50}, {batch(100, 5), null}, {batch(11, 1), 500}, {batch(51, 1), 10}}) {
            assertThatThrownBy(() -> checked((String) c[0], (Integer) c[1])).as("limit %s", c[1])
                    .isInstanceOfSatisfying(InvalidMatchRequest.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.field()).isEqualTo("queries");
                        assertThat(e.getMessage()).contains("at most " + ScreeningUnits.PER_REQUEST, "fewer queries per request or a lower limit");
                    });
        }
    }
}
