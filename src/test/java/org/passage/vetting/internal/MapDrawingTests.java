package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.geo.Coordinates;

class MapDrawingTests {

    private static final String LAYERS = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"layer":"country","name":"Ukraine"},"geometry":{"type":"MultiPolygon","coordinates":[[[[22,45],[40,45],[40,52],[22,52],[22,45]]]]}},
             {"type":"Feature","properties":{"layer":"occupied","name":"Russian-held area","source":"s","snapshotDate":"2022-03-15"},
              "geometry":{"type":"Polygon","coordinates":[[[30,50],[31,50],[31,51],[30,51],[30,50]]]}}]}""";

    @Test
    void drawsLayersAndMarkersWithoutScriptsStylesOrExternalReferences() {
        var marker = new MapDrawing.Marker("Bucha <2022-03>", new Coordinates(50.5436, 30.212), "occupied-ukraine", true);
        String svg = MapDrawing.around(List.of(marker)).draw(LAYERS, List.of(marker), LocalDate.of(2022, 3, 15), "caption & more");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("class=\"layer-country\"", "class=\"layer-occupied\"", "class=\"marker marker-occupied-ukraine current\"",
                        "Bucha &lt;2022-03&gt;", "caption &amp; more", "data-date=\"2022-03-15\"")
                .doesNotContain("<script", "style=", "<style", "href", "Bucha <2022");
    }

    @Test
    void theLayersDrawnForAViewAreKeptButTheMarkersAndTheDayAreDrawnEachTime() {
        var bucha = new MapDrawing.Marker("Bucha", new Coordinates(50.5436, 30.212), "occupied-ukraine", true);
        var irpin = new MapDrawing.Marker("Irpin", new Coordinates(50.52, 30.25), "ukraine", false);
        String first = MapDrawing.around(List.of(bucha)).draw(LAYERS, List.of(bucha), LocalDate.of(2022, 3, 15), "c");
        String second = MapDrawing.around(List.of(irpin)).draw(LAYERS, List.of(irpin), LocalDate.of(2022, 3, 16), "c");
        assertThat(first).contains("Bucha", "data-date=\"2022-03-15\"").doesNotContain("Irpin");
        assertThat(second).contains("Irpin", "data-date=\"2022-03-16\"").doesNotContain("Bucha");
        assertThat(second.substring(second.indexOf("<path"), second.lastIndexOf("/>", second.indexOf("<g class=\"marker")) + 2))
                .isEqualTo(first.substring(first.indexOf("<path"), first.lastIndexOf("/>", first.indexOf("<g class=\"marker")) + 2));
        // other layers (another snapshot) are drawn anew, not taken for the kept ones
        String moved = LAYERS.replace("[[[30,50],[31,50],[31,51],[30,51],[30,50]]]", "[[[32,48],[33,48],[33,49],[32,49],[32,48]]]");
        String third = MapDrawing.around(List.of(bucha)).draw(moved, List.of(bucha), LocalDate.of(2022, 3, 15), "c");
        assertThat(third).isNotEqualTo(first).contains("class=\"layer-occupied\"");
    }

    @Test
    void projectsNorthUpAndEastRight() {
        MapDrawing map = MapDrawing.around(List.of());
        assertThat(map.x(30)).isLessThan(map.x(31));
        assertThat(map.y(51)).isLessThan(map.y(50));
    }
}
