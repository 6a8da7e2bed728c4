package org.passage.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.passage.cli.geo.GeoCommand;
import org.passage.datasets.Dataset;
import org.passage.datasets.Datasets;
import org.passage.geo.GeoFixtures;
import org.passage.screening.Hit;
import org.passage.screening.Screening;
import org.passage.support.PassageIntegrationTest;
import org.passage.units.UnitSources;
import org.passage.watchlists.ListedEntity;
import org.passage.watchlists.WatchlistSummary;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

/**
 * {@code passage data update} against the publishers as they are laid out on the internet, on 127.0.0.1: every
 * catalogue entry's real origin path serves the shared data's file. Every fetchable dataset is fetched through
 * those paths, its lists imported; the rest come from the folder ({@code --from}); then the README's examples answer
 * as they must: Bucha was occupied on 2022-03-15, Kyiv was not, the unit knowledge base is loaded, and screening
 * finds listed people in the lists the catalogue made.
 */
@PassageIntegrationTest(properties = "passage.datasets.store=target/test-data/datasets-publishers")
class PublishersLoopbackIntegrationTests {

    static PublishersOnLoopback publishers;

    @DynamicPropertySource
    static void publishers(DynamicPropertyRegistry registry) throws Exception {
        if (GeoFixtures.sharedDataPresent()) {
            publishers = new PublishersOnLoopback(GeoFixtures.SHARED_DATA, Catalogue.ALL);
            registry.add("passage.datasets.publishers", publishers::base);
        }
    }

    @AfterAll
    static void stop() {
        if (publishers != null) {
            publishers.close();
        }
    }

    @Autowired
    Datasets datasets;
    @Autowired
    Watchlists watchlists;
    @Autowired
    UnitSources units;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyFetchableDatasetThroughThePublishersPathsThenTheReadmeExamplesAnswer() {
        assumeTrue(GeoFixtures.sharedDataPresent(), "needs the shared data folder");
        jdbc.sql("delete from dataset_versions").update();
        DatasetStore.delete(datasets.liveRoot().getParent()); // what an earlier run of this test left on disk
        var fetched = datasets.update(null, null, Datasets.Progress.NONE);

        assertThat(fetched).extracting(o -> o.dataset().name())
                .containsExactlyElementsOf(Catalogue.ALL.stream().filter(Dataset::fetchable).map(Dataset::name).toList());
        assertThat(fetched).allSatisfy(o -> assertThat(o.failed()).as(o.dataset().name() + ": " + o.version().error()).isFalse());
        assertThat(fetched).allSatisfy(o -> assertThat(o.version().origin()).startsWith(publishers.base()));
        for (String path : publishers.paths()) {
            assertThat(publishers.requests).as("fetched from its publisher's path").contains(path);
        }
        assertThat(datasets.live("occupied-territory-deepstate").orElseThrow().records()).isGreaterThanOrEqualTo(111);
        Map<String, WatchlistSummary> lists = lists();
        assertThat(lists.get("ofac-sdn").entities()).isGreaterThan(8000);
        assertThat(lists.get("ofac-sdn").datasetVersion()).isEqualTo("ofac-sdn " + datasets.live("ofac-sdn").orElseThrow().label());
        assertThat(lists.get("un-sc").entities()).isGreaterThan(900);
        assertThat(lists.get("opensanctions").entities()).isPositive();
        assertThat(screen("Захаров Александр Вячеславович")).anyMatch(h -> h.match() && h.caption().toLowerCase().contains("zakharov"));

        // fetched alone, no series covers March 2022: not checked, never "not occupied"
        assertThat(geo("--place", "Bucha", "--date", "2022-03-15")).endsWith("status=unchecked");
        assertThat(geo("--place", "Mariupol", "--date", "2025-03")).endsWith("status=occupied-ukraine");

        // the datasets only a folder gives (converted by hand from their publishers' forms)
        var folder = datasets.update(null, GeoFixtures.SHARED_DATA, Datasets.Progress.NONE);
        assertThat(folder).allSatisfy(o -> assertThat(o.failed()).as(o.dataset().name() + ": " + o.version().error()).isFalse());
        assertThat(datasets.catalogue()).allSatisfy(d -> assertThat(datasets.live(d.name())).as(d.name()).isPresent());

        assertThat(geo("--place", "Bucha", "--date", "2022-03-15")).endsWith("status=occupied-ukraine");
        assertThat(geo("--place", "Izium", "--date", "2022-06")).endsWith("status=occupied-ukraine");
        assertThat(geo("--place", "Mariupol", "--date", "2023-03")).endsWith("status=occupied-ukraine");
        assertThat(geo("--place", "Donetsk", "--date", "2021-03")).endsWith("status=occupied-ukraine");
        assertThat(geo("--place", "Simferopol", "--date", "2019")).endsWith("status=occupied-ukraine");
        assertThat(geo("--place", "Kyiv", "--date", "2022-03-15")).endsWith("status=ukraine");
        assertThat(units.counts().get("units")).isGreaterThan(100);
        assertThat(units.lastImport()).get().asString().contains("from units-uawardata ").contains("incidents-cir ");
        assertThat(lists().get("uk").entities()).isGreaterThan(5000);
        assertThat(screen("Шойгу Сергей Кужугетович")).anyMatch(h -> h.match() && h.caption().toUpperCase().contains("SHOIGU"));
    }

    private Map<String, WatchlistSummary> lists() {
        var byName = new java.util.HashMap<String, WatchlistSummary>();
        watchlists.summaries().forEach(s -> byName.put(s.name(), s));
        return byName;
    }

    private List<Hit> screen(String name) {
        List<ListedEntity> entities = new ArrayList<>();
        watchlists.forEachLiveEntity(entities::add);
        try (Screening screening = Screening.of(entities)) {
            return screening.screen(new ListedEntity("q", "Person", "", Map.of("name", List.of(name)), ""), 5);
        }
    }

    /** {@code passage geo status … } on what the update made live, as the README runs it; its whole output. */
    private String geo(String... args) {
        List<String> all = new ArrayList<>(List.of("status", "--data", datasets.liveRoot().toString()));
        all.addAll(List.of(args));
        var out = new StringWriter();
        var commandLine = new CommandLine(new GeoCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(out));
        commandLine.execute(all.toArray(String[]::new));
        return out.toString().strip();
    }
}
