package org.passage.geo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Writes the layers of a map as GeoJSON: country outlines simplified once, the occupied area of a snapshot on
 * demand. Coordinates are rounded to 4 decimals (≈ 10 m), well under the 1 km simplification.
 */
final class MapLayers {

    /** Degrees (≈ 1 km): enough for a map of Ukraine in a browser, small enough to send with every page. */
    static final double MAP_TOLERANCE = 0.01;

    private final List<String> countries = new ArrayList<>();

    MapLayers(List<Countries.Outline> outlines) {
        for (Countries.Outline outline : outlines) {
            feature("country", outline.name(), null, null, outline.shape()).ifPresent(countries::add);
        }
    }

    /** {@code unchecked}: why the occupied area of that day is not known (written as the collection's "unchecked"). */
    String layers(List<Geometry> occupied, String source, LocalDate snapshotDate, @Nullable String unchecked) {
        List<String> features = new ArrayList<>(countries);
        for (Geometry area : occupied) {
            feature("occupied", "Russian-held area", source, snapshotDate, area).ifPresent(features::add);
        }
        return "{\"type\":\"FeatureCollection\"," + (unchecked == null ? "" : "\"unchecked\":" + quote(unchecked) + ",")
                + "\"features\":[" + String.join(",", features) + "]}";
    }

    private static Optional<String> feature(String layer, String name, @Nullable String source, @Nullable LocalDate date,
                                            Geometry geometry) {
        Geometry simplified = DouglasPeuckerSimplifier.simplify(geometry, MAP_TOLERANCE);
        if (simplified.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder json = new StringBuilder();
        json.append("{\"type\":\"Feature\",\"properties\":{\"layer\":\"").append(layer).append("\",\"name\":").append(quote(name));
        if (source != null) {
            json.append(",\"source\":").append(quote(source)).append(",\"snapshotDate\":\"").append(date).append('"');
        }
        json.append("},\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < simplified.getNumGeometries(); i++) {
            if (simplified.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
                if (json.charAt(json.length() - 1) == ']') {
                    json.append(',');
                }
                polygon(json, polygon);
            }
        }
        json.append("]}}");
        return Optional.of(json.toString());
    }

    private static void polygon(StringBuilder json, Polygon polygon) {
        json.append('[');
        ring(json, polygon.getExteriorRing().getCoordinates());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            json.append(',');
            ring(json, polygon.getInteriorRingN(i).getCoordinates());
        }
        json.append(']');
    }

    private static void ring(StringBuilder json, Coordinate[] coordinates) {
        json.append('[');
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append(String.format(Locale.ROOT, "[%.4f,%.4f]", coordinates[i].x, coordinates[i].y));
        }
        json.append(']');
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
