package org.passage.units.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.datasets.DatasetVersion;
import org.passage.datasets.Datasets;
import org.passage.support.PassageIntegrationTest;
import org.passage.units.UnitSources;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The unit knowledge base comes from the catalogue: imported once its five datasets are live, recording their
 * versions, not again for the same bytes, and when an import fails the dataset version is taken back, so the
 * knowledge base, the live folder and dataset_versions all stay the previous ones.
 */
@PassageIntegrationTest(properties = "passage.datasets.store=target/test-data/datasets-catalogue-units")
class CatalogueUnitsIntegrationTests {

    @Autowired
    Datasets datasets;
    @Autowired
    UnitSources sources;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @BeforeEach
    void empty() {
        jdbc.sql("delete from unit_incident_links").update();
        jdbc.sql("delete from incidents").update();
        jdbc.sql("delete from units").update();
        jdbc.sql("delete from unit_imports").update();
        jdbc.sql("delete from dataset_versions").update();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Datasets.Outcome update(String dataset, Path from) {
        return datasets.update(dataset, from, Datasets.Progress.NONE).getFirst();
    }

    @Test
    void importedFromTheLiveDatasetsOnceAllFiveAreLiveAndNamingTheirVersions() {
        Path data = new UnitSourcesFixture().writeTo(folder);
        for (String dataset : CatalogueUnits.DATASETS.subList(0, 4)) {
            assertThat(update(dataset, data).failed()).as(dataset).isFalse();
        }
        assertThat(count("units")).as("the import waits for the fifth dataset").isZero();
        assertThat(update("incidents-cir", data).failed()).isFalse();
        assertThat(count("units")).isPositive();
        // the fixture's three, beside the shipped curated 2014–2021 file that every import loads
        assertThat(jdbc.sql("select count(*) from incidents where dataset <> ?").param(KnowledgeFiles.CURATED_DATASET)
                .query(Long.class).single()).isEqualTo(3);
        String recorded = jdbc.sql("select dataset_versions from unit_imports").query(String.class).single();
        for (String dataset : CatalogueUnits.DATASETS) {
            assertThat(recorded).contains(dataset + " " + datasets.live(dataset).orElseThrow().label());
        }
        assertThat(sources.lastImport()).get().asString().contains("from units-uawardata ");

        update("incidents-cir", data); // the same bytes again: no second import
        assertThat(count("unit_imports")).isEqualTo(1);
    }

    @Test
    void aVersionTheImportRefusesIsTakenBackAndThePreviousAnswers() throws IOException {
        Path data = new UnitSourcesFixture().writeTo(folder.resolve("good"));
        for (String dataset : CatalogueUnits.DATASETS) {
            assertThat(update(dataset, data).failed()).as(dataset).isFalse();
        }
        DatasetVersion live = datasets.live("incidents-cir").orElseThrow();
        Path liveFile = datasets.liveRoot().resolve(UnitsImport.CIR);
        String before = Files.readString(liveFile);
        long units = count("units");
        long incidents = count("incidents");

        Path broken = new UnitSourcesFixture().with(UnitsImport.CIR, """
                entry,date,event_group,title,brief description,lat,lon,country,province,district,town/city,arms/munition,violence level,link,geolocation
                UW1,2022-03-29,Civilian Casualty,t,d,50.5,30.1,Ukraine,,,,,1,,
                UW2,2022-03-29,Civilian Casualty,"t,d,50.5,30.1,Ukraine,,,,,1,,
                """).writeTo(folder.resolve("broken"));
        Datasets.Outcome outcome = update("incidents-cir", broken);

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.version().error()).startsWith("incidents-cir: ").contains("not imported").contains("events.csv line 3")
                .contains("the previous version answers");
        assertThat(datasets.live("incidents-cir")).contains(live);
        assertThat(datasets.history("incidents-cir")).extracting(DatasetVersion::status)
                .containsExactlyInAnyOrder(DatasetVersion.Status.LIVE, DatasetVersion.Status.FAILED);
        assertThat(Files.readString(liveFile)).isEqualTo(before);
        assertThat(count("units")).isEqualTo(units);
        assertThat(count("incidents")).isEqualTo(incidents);
        assertThat(count("unit_imports")).isEqualTo(1);
    }

    @Test
    void theCommandsImportNeedsEveryDatasetAndSaysWhichIsMissing() {
        Path data = new UnitSourcesFixture().writeTo(folder);
        update("units-uawardata", data);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sources.importLive(line -> { }))
                .isInstanceOf(UnitSources.Refused.class).hasMessageContaining("unit-positions-deepstate")
                .hasMessageContaining("./passage data update --only unit-positions-deepstate");
        assertThat(List.of(count("units"))).containsExactly(0L);
    }
}
