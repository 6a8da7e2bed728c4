package org.passage.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.passage.geo.GeoFixtures.TODAY;
import static org.passage.geo.GeoFixtures.fixtureData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot contradicting its neighbours (as nzz_2023-12-08 marks almost all land occupied in 2022 as lost) is set
 * aside: the snapshot before it answers for its days, and the answer names it as set aside, with why.
 */
class ImplausibleSnapshotTests {

    /** In the fixture's Donbas rectangle (held throughout), outside the pre-2022 "ОРДЛО" rectangle. */
    static final Coordinates DONBAS = new Coordinates(48.7, 38.6);

    @Test
    void aSnapshotThatLosesAlmostEverythingForAWeekIsSetAside(@TempDir Path data) throws IOException {
        copy(fixtureData(), data);
        // between 2022-04-02 and 2022-06-01 (4 square degrees each): a snapshot holding a sixteenth of that
        Files.writeString(data.resolve("occupied-territory/nzz/nzz_2022-05-01.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"type": "nochange"},
                 "geometry": {"type": "Polygon", "coordinates": [[[37.0, 47.0], [37.5, 47.0], [37.5, 47.5], [37.0, 47.5], [37.0, 47.0]]]}}]}
                """);
        GeoData geo = GeoData.load(data, TODAY);

        TerritoryStatus status = geo.territory().status(DONBAS, DatePeriod.parse("2022-05-15"));

        assertThat(status.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(status.checks()).singleElement().satisfies(check -> {
            assertThat(check.snapshotDate()).as("the snapshot before answers").isEqualTo(LocalDate.of(2022, 4, 2));
            assertThat(check.inForceFrom()).isEqualTo(LocalDate.of(2022, 5, 1));
            assertThat(check.source()).contains("nzz_2022-04-02.geojson", "nzz_2022-05-01.geojson set aside", "-94%");
        });
        assertThat(geo.territory().statusAt(DONBAS, LocalDate.of(2022, 5, 15))).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(geo.loadEverything().loadSummary()).contains("set aside as contradicting their neighbours", "nzz_2022-05-01.geojson");
    }

    @Test
    void nzz20231208IsSetAsideInTheSharedData() {
        assumeTrue(GeoFixtures.sharedDataPresent(), "needs ../shared/data");
        TerritoryStatus status = GeoData.load(GeoFixtures.SHARED_DATA, TODAY).territory()
                .status(new Coordinates(47.0971, 37.5434), DatePeriod.parse("2023-12-10"));
        assertThat(status.status()).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(status.checks()).singleElement().satisfies(check -> {
            assertThat(check.snapshotDate()).isEqualTo(LocalDate.of(2023, 12, 1));
            assertThat(check.source()).contains("nzz_2023-12-08.geojson set aside");
        });
    }

    @Test
    void theFixtureSeriesHasNothingToSetAside() {
        assertThat(GeoData.load(fixtureData(), TODAY).loadEverything().loadSummary()).doesNotContain("set aside");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
