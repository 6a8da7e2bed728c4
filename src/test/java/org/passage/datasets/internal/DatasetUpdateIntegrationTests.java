package org.passage.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.datasets.Dataset;
import org.passage.datasets.DatasetFile;
import org.passage.datasets.DatasetUpdateException;
import org.passage.datasets.DatasetVersion;
import org.passage.datasets.DatasetVersionLoaded;
import org.passage.datasets.Datasets;
import org.passage.geo.DatePeriod;
import org.passage.geo.GeoData;
import org.passage.geo.GeoFixtures;
import org.passage.geo.GeoStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code passage data update} on PostgreSQL: from a folder and from a loopback publisher laid out like the shared
 * data; every bad answer recorded as a failed version naming dataset, address and fault while the previous
 * version stays live; one update at a time; and geo answering from what was loaded.
 */
@SpringBootTest
@ActiveProfiles("test")
class DatasetUpdateIntegrationTests {

    static final String NZZ = "occupied-territory/nzz";

    @Autowired
    VersionLog versions;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path store;
    @TempDir
    Path published;
    private LoopbackPublisher publisher;
    private final List<Object> events = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        jdbc.sql("delete from dataset_versions").update();
        copy(GeoFixtures.fixtureData(), published);
        publisher = new LoopbackPublisher(published);
    }

    @AfterEach
    void stop() {
        publisher.close();
    }

    private DatasetUpdate update(String mirror) {
        return new DatasetUpdate(versions, dataSource, events::add, store.toString(), mirror, "", Duration.ofSeconds(2), Duration.ofMillis(500));
    }

    private static List<Dataset> catalogue(@Nullable String adm1Sha256) throws IOException {
        long adm1 = Files.size(GeoFixtures.fixtureData().resolve("boundaries/geoboundaries-ukr/geoBoundaries-UKR-ADM1_simplified.geojson"));
        return List.of(
                new Dataset("test-series", "NZZ fixture", "NZZ", URI.create("https://www.nzz.ch/"), "none stated", false, NZZ,
                        List.of(nzz("nzz_2022-02-24.geojson"), nzz("nzz_2022-03-09.geojson"), nzz("nzz_2022-04-02.geojson")), ""),
                new Dataset("test-oblasts", "oblasts fixture", "geoBoundaries", URI.create("https://www.geoboundaries.org/"), "CC BY 4.0", false,
                        "boundaries/geoboundaries-ukr", List.of(new DatasetFile("geoBoundaries-UKR-ADM1_simplified.geojson",
                        URI.create("https://example.org/adm1.geojson"), DatasetFile.Format.GEOJSON, adm1 * 3, adm1Sha256)), ""));
    }

    private static DatasetFile nzz(String name) {
        try {
            long size = Files.size(GeoFixtures.fixtureData().resolve(NZZ).resolve(name));
            return DatasetFile.of(name, "https://example.org/" + name, DatasetFile.Format.GEOJSON, size * 3);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void fromAFolderThenUnchanged() throws IOException {
        var outcomes = update("").update(catalogue(null), null, GeoFixtures.fixtureData(), Datasets.Progress.NONE);
        assertThat(outcomes).hasSize(2).noneMatch(Datasets.Outcome::failed);
        DatasetVersion first = versions.live("test-series").orElseThrow();
        assertThat(first.sha256()).hasSize(64);
        assertThat(first.records()).isPositive();
        assertThat(first.sizeBytes()).isPositive();
        assertThat(first.change()).isEqualTo("first version");
        assertThat(first.origin()).endsWith(NZZ);
        assertThat(store.resolve("live").resolve(NZZ).resolve("nzz_2022-03-09.geojson")).exists();
        assertThat(events).hasSize(2).allMatch(e -> e instanceof DatasetVersionLoaded);

        Path orphan = store.resolve("versions/test-series/left-by-a-killed-run/" + NZZ);
        Files.createDirectories(orphan);
        update("").update(catalogue(null), "test-series", GeoFixtures.fixtureData(), Datasets.Progress.NONE);
        assertThat(store.resolve("versions/test-series/left-by-a-killed-run")).as("a killed run's folder is pruned").doesNotExist();
        assertThat(versions.live("test-series").orElseThrow().change()).isEqualTo("unchanged");
        assertThat(versions.history("test-series")).extracting(DatasetVersion::status)
                .containsExactlyInAnyOrder(DatasetVersion.Status.LIVE, DatasetVersion.Status.SUPERSEDED);
        assertThat(store.resolve("versions/test-series")).isDirectoryContaining(p -> true);
        try (Stream<Path> kept = Files.list(store.resolve("versions/test-series"))) {
            assertThat(kept).as("the superseded version's files are removed").hasSize(1);
        }
    }

    @Test
    void fromALoopbackPublisherWithEveryFaultRecordedAndThePreviousVersionAnswering() throws IOException {
        DatasetUpdate update = update(publisher.base());
        var good = update.update(catalogue(null), "test-series", null, Datasets.Progress.NONE);
        assertThat(good).singleElement().satisfies(o -> assertThat(o.failed()).isFalse());
        DatasetVersion live = versions.live("test-series").orElseThrow();
        Path liveFile = store.resolve("live").resolve(NZZ).resolve("nzz_2022-03-09.geojson");
        byte[] before = Files.readAllBytes(liveFile);

        String path = NZZ + "/nzz_2022-03-09.geojson";
        String url = publisher.base() + "/" + path;
        for (var fault : List.of(LoopbackPublisher.Fault.NOT_FOUND, LoopbackPublisher.Fault.SERVER_ERROR, LoopbackPublisher.Fault.HTML,
                LoopbackPublisher.Fault.TRUNCATED, LoopbackPublisher.Fault.OVERSIZED, LoopbackPublisher.Fault.STALLED)) {
            publisher.heal();
            publisher.fault(path, fault);
            var outcome = update.update(catalogue(null), "test-series", null, Datasets.Progress.NONE).getFirst();
            assertThat(outcome.failed()).as(fault.name()).isTrue();
            assertThat(outcome.version().error()).as(fault.name()).startsWith("test-series: " + url + ": ");
            assertThat(versions.live("test-series")).as(fault.name()).contains(live);
            assertThat(Files.readAllBytes(liveFile)).as(fault.name()).isEqualTo(before);
        }
        assertThat(versions.history("test-series")).filteredOn(v -> v.status() == DatasetVersion.Status.FAILED)
                .extracting(DatasetVersion::error).anyMatch(e -> e.contains("HTTP 404")).anyMatch(e -> e.contains("HTTP 500"))
                .anyMatch(e -> e.contains("HTML")).anyMatch(e -> e.contains("truncated")).anyMatch(e -> e.contains("more than the limit"))
                .anyMatch(e -> e.contains("stalled"));

        // a changed file at the publisher: the next good run resumes and records what changed
        publisher.heal();
        Files.writeString(published.resolve(NZZ).resolve("nzz_2022-04-02.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
        var next = update.update(catalogue(null), "test-series", null, Datasets.Progress.NONE).getFirst();
        assertThat(next.failed()).isFalse();
        assertThat(next.version().change()).startsWith("0 files added, 0 removed, 1 changed");
    }

    @Test
    void aDailySeriesGrowsByTheDaysAfterItsNewestFile() throws IOException {
        String folder = "occupied-territory/deepstate-cyterat";
        var series = List.of(new Dataset("test-daily", "DeepState fixture", "DeepStateMap", URI.create("https://deepstatemap.live/"), "none stated",
                false, folder, List.of(DatasetFile.of("deepstatemap_data_20240714.geojson", "https://example.org/d.geojson", DatasetFile.Format.GEOJSON, 1 << 20),
                DatasetFile.of("deepstatemap_data_" + DatasetFile.DAY + ".geojson", "https://example.org/deepstatemap_data_%7ByyyyMMdd%7D.geojson",
                        DatasetFile.Format.GEOJSON, 1 << 20)), ""));
        var update = update(publisher.base());
        assertThat(update.update(series, null, GeoFixtures.fixtureData(), Datasets.Progress.NONE).getFirst().failed()).isFalse();
        Path newer = published.resolve(folder).resolve("deepstatemap_data_20250301.geojson");
        Files.copy(published.resolve(folder).resolve("deepstatemap_data_20240714.geojson"), newer);
        var outcome = update.update(series, null, null, Datasets.Progress.NONE).getFirst();
        assertThat(outcome.failed()).as(String.valueOf(outcome.version().error())).isFalse();
        assertThat(outcome.version().change()).startsWith("1 files added, 0 removed, 0 changed");
        assertThat(store.resolve("live").resolve(folder)).isDirectoryContaining(p -> p.getFileName().toString().endsWith("20250301.geojson"))
                .isDirectoryContaining(p -> p.getFileName().toString().endsWith("20240714.geojson"));
        assertThat(publisher.ranges).isEmpty();
    }

    @Test
    void aChecksumMismatchIsRefused() throws IOException {
        var outcome = update(publisher.base()).update(catalogue("0".repeat(64)), "test-oblasts", null, Datasets.Progress.NONE).getFirst();
        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.version().error()).startsWith("test-oblasts: " + publisher.base() + "/boundaries/geoboundaries-ukr/")
                .contains("checksum mismatch");
        assertThat(versions.live("test-oblasts")).isEmpty();
        assertThat(store.resolve("live/boundaries/geoboundaries-ukr")).doesNotExist();
    }

    @Test
    void oneUpdateAtATime() throws Exception {
        try (var other = dataSource.getConnection(); var lock = other.prepareStatement("select pg_advisory_lock(?)")) {
            lock.setLong(1, DatasetUpdate.LOCK);
            lock.execute();
            try {
                assertThatThrownBy(() -> update("").update(catalogue(null), null, GeoFixtures.fixtureData(), Datasets.Progress.NONE))
                        .isInstanceOf(DatasetUpdateException.class).hasMessageContaining("another data update is running");
            } finally {
                try (var unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, DatasetUpdate.LOCK);
                    unlock.execute();
                }
            }
        }
        assertThat(versions.live("test-series")).isEmpty();
    }

    @Test
    void geoAnswersFromTheLoadedVersion() throws IOException {
        var catalogue = List.of(
                new Dataset("test-series", "NZZ fixture", "NZZ", URI.create("https://www.nzz.ch/"), "none stated", false, NZZ, List.of(), "folder only"),
                new Dataset("test-ordlo", "ORDLO fixture", "DeepStateMap", URI.create("https://deepstatemap.live/"), "none stated", false,
                        "occupied-territory/deepstate-raw-monthly", List.of(), "folder only"));
        var update = update("");
        Path live = update.liveRoot();
        Files.createDirectories(live);
        assertThat(GeoData.load(live, GeoFixtures.TODAY).territory().status(GeoFixtures.BUCHA, DatePeriod.parse("2022-03-15")).status())
                .as("nothing loaded yet: not checked").isEqualTo(GeoStatus.UNCHECKED);
        update.update(catalogue, null, GeoFixtures.fixtureData(), Datasets.Progress.NONE);
        var territory = GeoData.load(live, GeoFixtures.TODAY).territory();
        assertThat(territory.status(GeoFixtures.BUCHA, DatePeriod.parse("2022-03-15")).status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(territory.status(GeoFixtures.DONETSK, DatePeriod.parse("2021-03")).status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
    }

    @Test
    void theRealCatalogueMatchesTheSharedDataAndLoadsFromIt() {
        assumeTrue(GeoFixtures.sharedDataPresent(), "needs the shared data folder");
        for (Dataset d : Catalogue.ALL) {
            assertThat(GeoFixtures.SHARED_DATA.resolve(d.folder())).as(d.name()).isDirectory();
            d.files().stream().filter(f -> !f.daily())
                    .forEach(f -> assertThat(GeoFixtures.SHARED_DATA.resolve(d.folder()).resolve(f.path())).as(d.name()).exists());
        }
        var outcome = update("").update(Catalogue.ALL, "un-sc-consolidated", GeoFixtures.SHARED_DATA, Datasets.Progress.NONE).getFirst();
        assertThat(outcome.failed()).as(String.valueOf(outcome.version().error())).isFalse();
        assertThat(outcome.version().records()).isGreaterThan(900);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
