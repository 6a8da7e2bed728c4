package org.passage.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.passage.geo.GeoDataException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the Polygon and MultiPolygon features of a GeoJSON FeatureCollection (WGS84 lon/lat, a third ordinate is
 * ignored). Anything malformed fails the whole file with the feature index at fault: a half-read border would
 * silently answer "not occupied".
 */
final class GeoJsonReader {

    static final GeometryFactory FACTORY = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonReader() {
    }

    static List<GeoFeature> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new GeoDataException(file.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    static List<GeoFeature> read(InputStream in, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new GeoDataException(source, "not valid JSON: " + e.getOriginalMessage() + " at " + location(e), e);
        }
        return features(root, source);
    }

    static List<GeoFeature> features(JsonNode root, String source) {
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new GeoDataException(source, "not a GeoJSON FeatureCollection");
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            throw new GeoDataException(source, "FeatureCollection without a \"features\" array");
        }
        List<GeoFeature> result = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            try {
                result.add(feature(feature, i));
            } catch (IllegalArgumentException e) {
                throw new GeoDataException(source, "feature " + i + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static GeoFeature feature(JsonNode feature, int index) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            throw new IllegalArgumentException("not a GeoJSON Feature");
        }
        JsonNode properties = feature.path("properties");
        return new GeoFeature(index, properties.isObject() ? properties : JSON.createObjectNode(), geometry(feature.path("geometry")));
    }

    static Geometry geometry(JsonNode geometry) {
        String type = geometry.path("type").asString("");
        if (type.equals("GeometryCollection")) {
            return collection(geometry.path("geometries"));
        }
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray()) {
            throw new IllegalArgumentException("geometry without coordinates");
        }
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i));
                }
                yield FACTORY.createMultiPolygon(polygons);
            }
            default -> throw new IllegalArgumentException("geometry type \"" + type + "\" is not an area (Polygon or MultiPolygon expected)");
        };
    }

    /** DeepState's raw layers wrap some areas in a GeometryCollection: accepted when every member is an area. */
    private static Geometry collection(JsonNode geometries) {
        if (!geometries.isArray() || geometries.isEmpty()) {
            throw new IllegalArgumentException("GeometryCollection without geometries");
        }
        List<Polygon> polygons = new ArrayList<>();
        for (JsonNode member : geometries) {
            if (member.path("type").asString("").equals("GeometryCollection")) {
                throw new IllegalArgumentException("nested GeometryCollection");
            }
            Geometry area = geometry(member);
            for (int i = 0; i < area.getNumGeometries(); i++) {
                polygons.add((Polygon) area.getGeometryN(i));
            }
        }
        return FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        if (!positions.isArray() || positions.size() < 4) {
            throw new IllegalArgumentException("a ring needs at least 4 positions");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positions.get(i));
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("ring is not closed (first position " + coordinates[0] + " differs from the last)");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    static Coordinate position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [longitude, latitude], got " + abbreviate(position));
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("position out of range: [" + lon + ", " + lat + "]");
        }
        return new Coordinate(lon, lat);
    }

    static String location(JacksonException e) {
        var location = e.getLocation();
        return location == null ? "unknown position" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
