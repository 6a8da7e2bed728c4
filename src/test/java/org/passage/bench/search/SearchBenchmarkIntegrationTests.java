package org.passage.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code passage bench search} at a small size: it runs through the one door and finds by Cyrillic, Latin and code. */
@PassageIntegrationTest
class SearchBenchmarkIntegrationTests {

    @Autowired
    SearchBenchmark benchmark;

    @Test
    void theBenchmarkRunsAndFindsWhatItSearchesFor() {
        var bytes = new ByteArrayOutputStream();
        int code = benchmark.run(60, 5, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(report).contains("60 cases opened").containsPattern("case code: +p50 [0-9.]+ ms.*\\(1 found on average\\)")
                .containsPattern("surname in Latin: +p50 .*\\([1-9][0-9]* found on average\\)")
                .containsPattern("nothing matches: +p50 .*\\(0 found on average\\)");
    }
}
