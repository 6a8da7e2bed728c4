package org.passage.bench.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regression on a small hand-written fixture: the quality must not fall, and the report keeps its shape. */
class PairsEvaluationTests {

    private static List<LabelledPair> fixture() throws Exception {
        try (var in = PairsEvaluationTests.class.getResourceAsStream("/org/passage/bench/screening/pairs-fixture.jsonl")) {
            return LabelledPair.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void passageGetsTheFixtureRightAndBeatsTheBaselinesAcrossScripts() throws Exception {
        StringWriter text = new StringWriter();
        PairsEvaluation.Summary summary = new PairsEvaluation(0.70, false).run(fixture(), new PrintWriter(text));
        assertThat(summary.passage().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(summary.passage().precision()).isEqualTo(1.0);
        assertThat(summary.passageCrossScript().f1()).isGreaterThan(summary.jaroWinklerCrossScript().f1() + 0.10)
                .isGreaterThan(summary.luceneFuzzyCrossScript().f1() + 0.10);
        String[] lines = text.toString().strip().split("\n");
        assertThat(lines[lines.length - 1]).matches("passage F1=\\d\\.\\d{3} precision=\\d\\.\\d{3} recall=\\d\\.\\d{3} threshold=0\\.70 pairs=25");
        assertThat(text.toString()).contains("other schema Occupancy", "cross-script", "group translit", "schema Person");
    }

    @Test
    void readsAJsonArrayAsWellAsJsonLines() throws Exception {
        String array = "[{\"left\":{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan Petrov\"]}},"
                + "\"right\":{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Иван Петров\"]}},\"judgement\":\"positive\"}]";
        assertThat(LabelledPair.read(new StringReader(array))).hasSize(1).allSatisfy(p -> assertThat(p.positive()).isTrue());
        assertThat(LabelledPair.read(new StringReader("  "))).isEmpty();
    }

    @Test
    void aBadPairIsNamedByNumberAndField() {
        String lines = "{\"left\":{\"id\":\"a\",\"schema\":\"Person\"},\"right\":{\"id\":\"b\",\"schema\":\"Person\"},\"judgement\":\"positive\"}\n"
                + "{\"left\":{\"id\":\"a\",\"schema\":\"Person\"},\"right\":{\"id\":\"b\",\"schema\":\"Person\"},\"judgement\":\"maybe\"}\n";
        assertThatThrownBy(() -> LabelledPair.read(new StringReader(lines))).hasMessageContaining("pair 2").hasMessageContaining("judgement");
        assertThatThrownBy(() -> LabelledPair.read(new StringReader("{\"left\":{\"schema\":\"Person\"}}")))
                .hasMessageContaining("pair 1").hasMessageContaining("id");
    }
}
