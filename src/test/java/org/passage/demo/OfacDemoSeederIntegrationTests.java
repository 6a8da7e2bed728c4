package org.passage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.datasets.Datasets;
import org.passage.support.PassageIntegrationTest;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo gets its OFAC list from the loaded dataset or else the jar, once, however often it starts, and never over
 * an imported list. A context of its own: the datasets it loads stay out of the other tests' store.
 */
@PassageIntegrationTest(properties = "passage.datasets.store=target/test-data/datasets-ofac-demo")
class OfacDemoSeederIntegrationTests {

    @Autowired
    OfacDemoSeeder seeder;

    @Autowired
    Watchlists watchlists;

    final PrintStream console = new PrintStream(new ByteArrayOutputStream());

    @Autowired
    Datasets datasets;

    @Autowired
    org.passage.datasets.DatasetStates states;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void noOfacListNorDataset() {
        watchlists.forget(OfacDemoSeeder.LIST);
        jdbc.sql("delete from dataset_versions where dataset = ?").param(OfacDemoSeeder.LIST).update();
    }

    @Test
    void seedsTheOfacExcerptOnceWithoutTheSharedDataFolder() {
        seeder.seed(console);
        seeder.seed(console);
        assertThat(watchlists.summaries()).filteredOn(s -> s.name().equals("ofac-sdn")).singleElement().satisfies(s -> {
            assertThat(s.liveVersion()).isEqualTo(1);
            assertThat(s.entities()).isEqualTo(60);
        });
        assertThat(seeder.step()).isEqualTo(DemoData.SANCTIONS_LIST);
    }

    @Test
    void restartingTheDemoLeavesAnImportedListLive(@TempDir Path folder) throws IOException {
        // an operator imports their own (here: a ten-entry) SDN list, then restarts the demo
        tenEntries(folder);
        watchlists.importVersion(new ImportRequest("ofac-sdn", ImportFormat.OFAC_CSV, folder, null), ImportProgress.NONE);

        seeder.seed(console);
        seeder.seed(console);

        assertThat(watchlists.summaries()).filteredOn(s -> s.name().equals("ofac-sdn")).singleElement().satisfies(s -> {
            assertThat(s.liveVersion()).isEqualTo(1);
            assertThat(s.entities()).isEqualTo(10);
        });
    }

    @Test
    void withTheOfacDatasetLoadedTheDemoImportsItInsteadOfTheExcerpt(@TempDir Path data) throws IOException {
        tenEntries(Files.createDirectories(data.resolve("ofac-sdn/2021-07-07_legacy")));
        assertThat(datasets.update(OfacDemoSeeder.LIST, data, Datasets.Progress.NONE)).noneMatch(Datasets.Outcome::failed);

        seeder.seed(console);

        assertThat(watchlists.summaries()).filteredOn(s -> s.name().equals("ofac-sdn")).singleElement()
                .satisfies(s -> assertThat(s.entities()).isEqualTo(10));
    }

    @Test
    void restartingTheDemoAfterACatalogueLoadAndAHandImportReplacesNothing(@TempDir Path data) throws IOException {
        tenEntries(Files.createDirectories(data.resolve("ofac-sdn/2021-07-07_legacy")));
        var first = new ByteArrayOutputStream();
        new DemoDatasets(datasets, states, data.toString()).seed(new PrintStream(first));
        seeder.seed(console);
        assertThat(first.toString()).contains("Loading ofac-sdn from");
        assertThat(watchlists.summaries()).filteredOn(s -> s.name().equals("ofac-sdn")).singleElement().satisfies(s -> {
            assertThat(s.entities()).isEqualTo(10);
            assertThat(s.datasetVersion()).startsWith("ofac-sdn " + datasets.live("ofac-sdn").orElseThrow().label());
        });

        // the operator imports his own list, then restarts the demo twice
        Path own = Files.createDirectories(data.resolve("own"));
        Files.write(own.resolve("sdn.csv"), lines("sdn.csv").subList(20, 25));
        watchlists.importVersion(new ImportRequest("ofac-sdn", ImportFormat.OFAC_CSV, own, null), ImportProgress.NONE);
        int versions = datasets.history("ofac-sdn").size();
        for (int restart = 0; restart < 2; restart++) {
            var output = new ByteArrayOutputStream();
            new DemoDatasets(datasets, states, data.toString()).seed(new PrintStream(output));
            seeder.seed(new PrintStream(output));
            assertThat(output.toString()).doesNotContain("Loading ofac-sdn").doesNotContain("only 60 OFAC entries");
        }
        assertThat(watchlists.summaries()).filteredOn(s -> s.name().equals("ofac-sdn")).singleElement().satisfies(s -> {
            assertThat(s.liveVersion()).isEqualTo(2);
            assertThat(s.entities()).isEqualTo(5);
            assertThat(s.importedByHand()).isTrue();
        });
        assertThat(datasets.history("ofac-sdn")).hasSize(versions);
    }

    @Test
    void withoutTheDataFolderTheConsoleSaysWhereItLookedAndHowToNameAnother(@TempDir Path data) {
        var output = new ByteArrayOutputStream();
        new DemoDatasets(datasets, states, data.resolve("shared/data").toString()).seed(new PrintStream(output));
        assertThat(output.toString()).contains("No data folder at " + data.resolve("shared/data").toAbsolutePath())
                .contains("./passage demo --data-from DIR");
    }

    /** The first ten entries of the demo's excerpt with their aliases and addresses, as sdn.csv, alt.csv and add.csv. */
    private void tenEntries(Path folder) throws IOException {
        List<String> sdn = lines("sdn.csv").subList(0, 10);
        Set<String> ids = sdn.stream().map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        Files.write(folder.resolve("sdn.csv"), sdn);
        for (String file : List.of("alt.csv", "add.csv")) {
            Files.write(folder.resolve(file), lines(file).stream().filter(line -> ids.contains(line.substring(0, line.indexOf(',')))).toList());
        }
    }

    private List<String> lines(String file) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("watchlists/demo/ofac-russia/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(line -> line.contains(",")).toList();
        }
    }
}
