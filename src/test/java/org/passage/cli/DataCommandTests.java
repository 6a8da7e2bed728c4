package org.passage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.passage.datasets.Dataset;
import org.passage.datasets.DatasetVersion;
import org.passage.datasets.Datasets;

/** What {@code passage data update} prints for each dataset. */
class DataCommandTests {

    private static final Dataset OFAC = new Dataset("ofac-sdn", "OFAC SDN", "US Treasury", URI.create("https://ofac.treasury.gov"),
            "public domain", true, "ofac-sdn", List.of(), "from a folder only");

    /** An update whose one dataset failed as a folder without it fails ({@code DatasetUpdate} names the dataset in the error). */
    private static Datasets failing() {
        DatasetVersion failed = new DatasetVersion(UUID.randomUUID(), "ofac-sdn", Instant.parse("2026-12-07T10:00:00Z"), "/data/ofac-sdn",
                null, 0, 0, "", DatasetVersion.Status.FAILED, "ofac-sdn: /data/ofac-sdn: folder not found");
        return new Datasets() {
            public List<Dataset> catalogue() {
                return List.of(OFAC);
            }

            public Optional<DatasetVersion> live(String dataset) {
                return Optional.empty();
            }

            public List<DatasetVersion> history(String dataset) {
                return List.of(failed);
            }

            public Path liveRoot() {
                return Path.of("/data");
            }

            public List<Outcome> update(@Nullable String only, @Nullable Path from, Progress progress) {
                return List.of(new Outcome(OFAC, failed, Duration.ofMillis(5)));
            }
        };
    }

    @Test
    void aFailureNamesTheDatasetOnce() {
        var update = new DataCommand.Update();
        update.use(failing());
        update.only = "ofac-sdn";
        update.from = Path.of("/data");
        PrintStream out = System.out;
        var printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = update.call();
        } finally {
            System.setOut(out);
        }
        assertThat(exit).isEqualTo(1);
        // it printed "FAILED ofac-sdn: ofac-sdn: /data/ofac-sdn: folder not found"
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("FAILED ofac-sdn: /data/ofac-sdn: folder not found")
                .doesNotContain("ofac-sdn: ofac-sdn");
    }
}
