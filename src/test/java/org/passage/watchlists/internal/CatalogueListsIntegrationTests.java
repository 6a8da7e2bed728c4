package org.passage.watchlists.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.datasets.DatasetVersion;
import org.passage.datasets.Datasets;
import org.passage.support.PassageIntegrationTest;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.WatchlistSummary;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A sanctions dataset loaded by {@code data update} becomes its watchlist, naming the dataset version; a file the
 * importer refuses takes the dataset version back (list, folder and dataset_versions stay the previous ones); a list
 * imported by hand is never replaced by the catalogue.
 */
@PassageIntegrationTest(properties = "passage.datasets.store=target/test-data/datasets-catalogue-lists")
class CatalogueListsIntegrationTests {

    static final String OFAC = "ofac-sdn/2021-07-07_legacy";

    @Autowired
    Datasets datasets;
    @Autowired
    Watchlists watchlists;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    @AfterEach
    void noOfacListNorDataset() {
        watchlists.forget("ofac-sdn");
        jdbc.sql("delete from dataset_versions where dataset = 'ofac-sdn'").update();
    }

    private WatchlistSummary list() {
        return watchlists.summaries().stream().filter(s -> s.name().equals("ofac-sdn")).findFirst().orElseThrow();
    }

    private Datasets.Outcome update(Path from) {
        return datasets.update("ofac-sdn", from, Datasets.Progress.NONE).getFirst();
    }

    @Test
    void theListIsTheDatasetVersionAndAFileItRefusesChangesNothing() throws IOException {
        entries(folder.resolve("good"), 10);
        assertThat(update(folder.resolve("good")).failed()).isFalse();
        DatasetVersion live = datasets.live("ofac-sdn").orElseThrow();
        assertThat(list().entities()).isEqualTo(10);
        assertThat(list().datasetVersion()).isEqualTo("ofac-sdn " + live.label());

        Path broken = entries(folder.resolve("broken"), 10);
        Files.writeString(broken.resolve("sdn.csv"), "not-a-number,\"SOMEONE\",\"individual\",\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n",
                java.nio.file.StandardOpenOption.APPEND);
        Path liveSdn = datasets.liveRoot().resolve(OFAC).resolve("sdn.csv");
        String before = Files.readString(liveSdn);
        var outcome = update(folder.resolve("broken"));
        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.version().error()).startsWith("ofac-sdn: ").contains("not imported").contains("sdn.csv");
        assertThat(datasets.live("ofac-sdn")).contains(live);
        assertThat(Files.readString(liveSdn)).isEqualTo(before);
        assertThat(list().entities()).isEqualTo(10);
        assertThat(list().liveVersion()).isEqualTo(1);
    }

    @Test
    void aListImportedByHandIsNeverReplacedByTheCatalogue() throws IOException {
        Path own = entries(folder.resolve("own"), 5);
        watchlists.importVersion(new ImportRequest("ofac-sdn", ImportFormat.OFAC_CSV, own, null), ImportProgress.NONE);
        entries(folder.resolve("catalogue"), 10);

        assertThat(update(folder.resolve("catalogue")).failed()).isFalse();

        assertThat(list().entities()).isEqualTo(5);
        assertThat(list().importedByHand()).isTrue();
        assertThat(datasets.live("ofac-sdn")).isPresent();
    }

    /** The first {@code n} entries of the demo's bundled excerpt, laid out as the dataset's folder. */
    static Path entries(Path data, int n) throws IOException {
        Path target = Files.createDirectories(data.resolve(OFAC));
        List<String> sdn = lines("sdn.csv").subList(0, n);
        var ids = sdn.stream().map(line -> line.substring(0, line.indexOf(','))).collect(java.util.stream.Collectors.toSet());
        Files.write(target.resolve("sdn.csv"), sdn);
        for (String file : List.of("alt.csv", "add.csv")) {
            Files.write(target.resolve(file), lines(file).stream().filter(line -> ids.contains(line.substring(0, line.indexOf(',')))).toList());
        }
        return target;
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = CatalogueListsIntegrationTests.class.getClassLoader().getResourceAsStream("watchlists/demo/ofac-russia/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> line.contains(",")).toList();
        }
    }
}
