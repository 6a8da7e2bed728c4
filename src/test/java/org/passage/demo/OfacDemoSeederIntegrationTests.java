package org.passage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.support.PassageIntegrationTest;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo gets its OFAC list from the jar, once, however often it starts, and never over an imported list. */
@PassageIntegrationTest
class OfacDemoSeederIntegrationTests {

    @Autowired
    OfacDemoSeeder seeder;

    @Autowired
    Watchlists watchlists;

    final PrintStream console = new PrintStream(new ByteArrayOutputStream());

    @BeforeEach
    void noOfacList() {
        watchlists.forget(OfacDemoSeeder.LIST);
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
        for (String file : List.of("sdn.csv", "alt.csv", "add.csv")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("watchlists/demo/ofac-russia/" + file)) {
                List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
                Files.write(folder.resolve(file), file.equals("sdn.csv") ? lines.subList(0, 10) : List.of());
            }
        }
        watchlists.importVersion(new ImportRequest("ofac-sdn", ImportFormat.OFAC_CSV, folder, null), ImportProgress.NONE);

        seeder.seed(console);
        seeder.seed(console);

        assertThat(watchlists.summaries()).filteredOn(s -> s.name().equals("ofac-sdn")).singleElement().satisfies(s -> {
            assertThat(s.liveVersion()).isEqualTo(1);
            assertThat(s.entities()).isEqualTo(10);
        });
    }
}
