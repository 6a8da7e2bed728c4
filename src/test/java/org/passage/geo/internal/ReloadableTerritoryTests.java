package org.passage.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.geo.GeoDataException;
import org.passage.geo.GeoFixtures;
import org.passage.geo.GeoStatus;

/** A reload that meets a broken file keeps the data already loaded. */
class ReloadableTerritoryTests {

    @TempDir
    Path dir;

    @Test
    void aBrokenSnapshotLeavesThePreviousDataAnswering() throws IOException {
        copy(GeoFixtures.fixtureData(), dir);
        var territory = new ReloadableTerritory(() -> GeoLoader.territory(dir, GeoFixtures.TODAY));
        territory.reload();
        assertThat(territory.statusAt(GeoFixtures.BUCHA, LocalDate.of(2022, 3, 15))).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);

        Path broken = dir.resolve("occupied-territory/nzz/nzz_2022-05-01.geojson");
        Files.writeString(broken, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"type\":\"gains\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50]]]}}]}");
        assertThatThrownBy(territory::reload).isInstanceOf(GeoDataException.class)
                .hasMessage(broken + ": feature 0: a ring needs at least 4 positions");

        assertThat(territory.statusAt(GeoFixtures.BUCHA, LocalDate.of(2022, 3, 15))).isEqualTo(GeoStatus.OCCUPIED_UKRAINE);
        assertThat(territory.coverage().to()).isEqualTo(LocalDate.of(2024, 7, 14));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
