package org.passage.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.jspecify.annotations.Nullable;
import org.passage.geo.GeoDataException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes the Polygon and MultiPolygon geometries of one object of a TopoJSON topology (the Natural Earth world
 * atlas): quantized, delta-encoded arcs shared between neighbours, stitched back into rings.
 */
final class TopoJsonReader {

    /** Reads one value at a time out of a parser that goes on afterwards. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final String source;
    private final List<Coordinate[]> arcs;

    private TopoJsonReader(String source, List<Coordinate[]> arcs) {
        this.source = source;
        this.arcs = arcs;
    }

    /** The features of {@code objectName}; each carries {@code id} and {@code name} properties. */
    static List<GeoFeature> read(InputStream in, String source, String objectName) {
        JsonNode root = JSON.createObjectNode();
        List<double[]> rawArcs = List.of();
        // the arcs are most of the file: streamed into arrays rather than built as a tree of millions of nodes
        try (in; JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new GeoDataException(source, "not a TopoJSON Topology");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("arcs")) {
                    rawArcs = rawArcs(parser, source);
                } else {
                    ((tools.jackson.databind.node.ObjectNode) root).set(name, JSON.readTree(parser));
                }
            }
        } catch (JacksonException e) {
            throw new GeoDataException(source, "not valid JSON: " + e.getOriginalMessage() + " at " + GeoJsonReader.location(e), e);
        } catch (IOException e) {
            throw new GeoDataException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (!"Topology".equals(root.path("type").asString(""))) {
            throw new GeoDataException(source, "not a TopoJSON Topology");
        }
        var reader = new TopoJsonReader(source, decodeArcs(root, rawArcs));
        JsonNode geometries = root.path("objects").path(objectName).path("geometries");
        if (!geometries.isArray()) {
            throw new GeoDataException(source, "no geometry collection \"" + objectName + "\"");
        }
        List<GeoFeature> features = new ArrayList<>();
        for (int i = 0; i < geometries.size(); i++) {
            JsonNode geometry = geometries.get(i);
            try {
                var properties = JSON.createObjectNode();
                properties.put("id", geometry.path("id").asString(""));
                properties.put("name", geometry.path("properties").path("name").asString(""));
                features.add(new GeoFeature(i, properties, reader.geometry(geometry)));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new GeoDataException(source, "object " + objectName + ", geometry " + i + ": " + e.getMessage(), e);
            }
        }
        return features;
    }

    /** Each arc as x0, y0, x1, y1 … exactly as written (still quantized and delta-encoded). */
    private static List<double[]> rawArcs(JsonParser parser, String source) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new GeoDataException(source, "\"arcs\" must be an array");
        }
        List<double[]> arcs = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            double[] values = new double[64];
            int n = 0;
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                for (int k = 0; k < 2; k++) {
                    JsonToken token = parser.nextToken();
                    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                        throw new GeoDataException(source, "arc " + arcs.size() + ", position " + n / 2 + ": [x, y] expected");
                    }
                    if (n == values.length) {
                        values = java.util.Arrays.copyOf(values, n * 2);
                    }
                    values[n++] = parser.getDoubleValue();
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    if (parser.currentToken() == null || parser.currentToken().isStructStart()) {
                        throw new GeoDataException(source, "arc " + arcs.size() + ", position " + (n / 2 - 1) + ": [x, y] expected");
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new GeoDataException(source, "arc " + arcs.size() + ": an array of positions expected");
            }
            arcs.add(java.util.Arrays.copyOf(values, n));
        }
        if (parser.currentToken() != JsonToken.END_ARRAY) {
            throw new GeoDataException(source, "\"arcs\" must be an array of arcs");
        }
        return arcs;
    }

    private static List<Coordinate[]> decodeArcs(JsonNode root, List<double[]> raw) {
        JsonNode transform = root.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1), sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0), ty = transform.path("translate").path(1).asDouble(0);
        boolean quantized = transform.isObject();
        List<Coordinate[]> arcs = new ArrayList<>(raw.size());
        for (double[] values : raw) {
            Coordinate[] points = new Coordinate[values.length / 2];
            double x = 0, y = 0;
            for (int i = 0; i < points.length; i++) {
                if (quantized) {
                    x += values[2 * i];
                    y += values[2 * i + 1];
                    points[i] = new Coordinate(x * sx + tx, y * sy + ty);
                } else {
                    points[i] = new Coordinate(values[2 * i], values[2 * i + 1]);
                }
            }
            arcs.add(points);
        }
        return arcs;
    }

    private Geometry geometry(JsonNode geometry) {
        String type = geometry.path("type").asString("");
        JsonNode arcsNode = geometry.path("arcs");
        return switch (type) {
            case "Polygon" -> {
                Polygon polygon = polygon(arcsNode);
                yield polygon == null ? GeoJsonReader.FACTORY.createPolygon() : polygon;
            }
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode rings : arcsNode) {
                    Polygon polygon = polygon(rings);
                    if (polygon != null) {
                        polygons.add(polygon);
                    }
                }
                yield GeoJsonReader.FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("geometry type \"" + type + "\" is not an area");
        };
    }

    /** Null when quantization collapsed the outer ring (a speck of an island): nothing to locate in it. */
    private @Nullable Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        if (shell == null) {
            return null;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            LinearRing hole = ring(rings.get(i));
            if (hole != null) {
                holes.add(hole);
            }
        }
        return GeoJsonReader.FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private @Nullable LinearRing ring(JsonNode arcIndexes) {
        if (!arcIndexes.isArray() || arcIndexes.isEmpty()) {
            throw new IllegalArgumentException("a ring needs at least one arc");
        }
        CoordinateList ring = new CoordinateList();
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            Coordinate[] arc = arcs.get(i >= 0 ? i : ~i);
            boolean reversed = i < 0;
            for (int k = 0; k < arc.length; k++) {
                Coordinate c = arc[reversed ? arc.length - 1 - k : k];
                ring.add(c.copy(), false);
            }
        }
        ring.closeRing();
        if (ring.size() < 4) {
            return null;
        }
        return GeoJsonReader.FACTORY.createLinearRing(ring.toCoordinateArray());
    }

    @Override
    public String toString() {
        return "TopoJSON " + source;
    }
}
