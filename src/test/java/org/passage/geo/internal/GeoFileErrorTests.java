package org.passage.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.geo.GeoDataException;

/** Broken files fail the load with the file and the feature or line at fault. */
class GeoFileErrorTests {

    @TempDir
    Path dir;

    private static List<GeoFeature> geoJson(String json) {
        return GeoJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.geojson");
    }

    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50],[31,51],[30,51],[30,50]]]}";

    @Test
    void readsPolygonsMultiPolygonsAndCollectionsOfThem() {
        List<GeoFeature> features = geoJson("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"a\"},\"geometry\":" + SQUARE + "},"
                + "{\"type\":\"Feature\",\"properties\":null,\"geometry\":{\"type\":\"GeometryCollection\",\"geometries\":[" + SQUARE + "]}}]}");
        assertThat(features).hasSize(2);
        assertThat(features.get(0).property("name")).isEqualTo("a");
        assertThat(features.get(1).geometry().getArea()).isEqualTo(1.0);
    }

    @Test
    void namesTheFeatureAtFault() {
        assertThatThrownBy(() -> geoJson("{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + SQUARE + "},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50],[31,51],[30,50.5]]]}}]}"))
                .isInstanceOf(GeoDataException.class)
                .hasMessage("test.geojson: feature 1: ring is not closed (first position (30.0, 50.0, NaN) differs from the last)");
        assertThatThrownBy(() -> geoJson("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[30,50]}}]}"))
                .hasMessageContaining("feature 0: geometry type \"Point\" is not an area");
        assertThatThrownBy(() -> geoJson("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50],[31,\"x\"],[30,50]]]}}]}"))
                .hasMessageContaining("feature 0: a position must be [longitude, latitude]");
        assertThatThrownBy(() -> geoJson("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[30,50],[31,50],[31,95],[30,50]]]}}]}"))
                .hasMessageContaining("feature 0: position out of range");
    }

    @Test
    void namesTheLineOfBrokenJson() {
        assertThatThrownBy(() -> geoJson("{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":"))
                .isInstanceOf(GeoDataException.class).hasMessageStartingWith("test.geojson: not valid JSON").hasMessageContaining("line 3");
        assertThatThrownBy(() -> geoJson("[]")).hasMessage("test.geojson: not a GeoJSON FeatureCollection");
    }

    @Test
    void anNzzFeatureOfUnknownTypeFailsTheSnapshot() throws IOException {
        Path file = dir.resolve("nzz_2022-03-01.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"type\":\"frontline\"},\"geometry\":" + SQUARE + "}]}");
        assertThatThrownBy(() -> SnapshotFiles.readNzz(file)).isInstanceOf(GeoDataException.class)
                .hasMessage(file + ": feature 0: property \"type\" must be nochange, gains or losses, not \"frontline\"");
    }

    @Test
    void aSnapshotFileNameWithoutADateFailsTheListing() throws IOException {
        Files.createDirectories(dir.resolve("nzz"));
        Files.writeString(dir.resolve("nzz/nzz_2022-13-45.geojson"), "{}");
        assertThatThrownBy(() -> SnapshotFiles.series(dir)).hasMessageContaining("nzz_2022-13-45.geojson: the file name carries an impossible date");
    }

    @Test
    void aGazetteerLineWithTheWrongShapeIsNamed() {
        var good = "1\tA\tA\t\t50.0\t30.0\tP\tPPL\tUA\t\t13\t\t\t\t100\t\t1\tEurope/Kyiv\t2020-01-01\n";
        var bad = "2\tB\tB\t\tnorth\t30.0\tP\tPPL\tUA\t\t13\t\t\t\t100\t\t1\tEurope/Kyiv\t2020-01-01\n";
        var stream = new ByteArrayInputStream((good + bad).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> GeoNamesGazetteer.read(List.of(new GeoNamesGazetteer.NamedStream("places.tsv", stream)), java.util.Map.of()))
                .isInstanceOf(GeoDataException.class).hasMessage("places.tsv: line 2: latitude is not a number: \"north\"");
    }

    @Test
    void decodesQuantizedTopoJson() {
        String topology = "{\"type\":\"Topology\",\"transform\":{\"scale\":[0.5,0.5],\"translate\":[10,20]},"
                + "\"objects\":{\"countries\":{\"type\":\"GeometryCollection\",\"geometries\":["
                + "{\"type\":\"Polygon\",\"id\":\"1\",\"properties\":{\"name\":\"Square\"},\"arcs\":[[0,1]]}]}},"
                + "\"arcs\":[[[0,0],[2,0],[0,2]],[[2,2],[-2,0],[0,-2]]]}";
        List<GeoFeature> features = TopoJsonReader.read(new ByteArrayInputStream(topology.getBytes(StandardCharsets.UTF_8)), "t.json", "countries");
        assertThat(features).singleElement().satisfies(f -> {
            assertThat(f.property("name")).isEqualTo("Square");
            assertThat(f.geometry().getArea()).isEqualTo(1.0);
            assertThat(f.geometry().getEnvelopeInternal().getMinX()).isEqualTo(10.0);
        });
    }
}
