package org.passage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo gets its OFAC list from the jar, once, however often it starts. */
@PassageIntegrationTest
class OfacDemoSeederIntegrationTests {

    @Autowired
    OfacDemoSeeder seeder;

    @Autowired
    Watchlists watchlists;

    @Test
    void seedsTheOfacExcerptOnceWithoutTheSharedDataFolder() {
        var console = new PrintStream(new ByteArrayOutputStream());
        seeder.seed(console);
        seeder.seed(console);
        assertThat(watchlists.summaries()).filteredOn(s -> s.name().equals("ofac-sdn")).singleElement().satisfies(s -> {
            assertThat(s.liveVersion()).isEqualTo(1);
            assertThat(s.entities()).isEqualTo(60);
        });
        assertThat(seeder.step()).isEqualTo(DemoData.SANCTIONS_LIST);
    }
}
