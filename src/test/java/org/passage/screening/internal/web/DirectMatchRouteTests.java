package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which query strings the direct way of /api/match reads itself: only threshold, cutoff, limit and algorithm, each once,
 * with a plain value; anything Spring would bind in its own way (percent-encoding, a repeated or empty parameter, a list
 * parameter, a sign or an exponent) is left to MatchApi.
 */
class DirectMatchRouteTests {

    @Test
    void readsPlainValuesOfItsFourParameters() {
        assertThat(DirectMatchRoute.parameters(null)).isEmpty();
        assertThat(DirectMatchRoute.parameters("")).isEmpty();
        assertThat(DirectMatchRoute.parameters("threshold=0.75&cutoff=0.5&limit=10&algorithm=best"))
                .isEqualTo(Map.of("threshold", "0.75", "cutoff", "0.5", "limit", "10", "algorithm", "best"));
        assertThat(DirectMatchRoute.parameters("algorithm=logic-v2")).containsEntry("algorithm", "logic-v2");
    }

    @Test
    void leavesEverythingElseToTheOrdinaryWay() {
        for (String query : new String[] {"threshold", "threshold=", "threshold=%30.5", "threshold=-1", "threshold=1e2", "threshold=+1",
                "limit=0x10", "limit=1000", "limit=1.5", "limit=5&limit=6", "topics=sanction", "include_dataset=a,b", "changed_since=2024-01-01",
                "exclude_entity_ids=x", "algorithm=a+b", "algorithm=%62est", "threshold=0.5&", "&limit=5", "Limit=5"}) {
            assertThat(DirectMatchRoute.parameters(query)).as(query).isNull();
        }
    }
}
