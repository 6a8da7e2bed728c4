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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes the Polygon and MultiPolygon geometries of one object of a TopoJSON topology (the Natural Earth world
 * atlas): quantized, delta-encoded arcs shared between neighbours, stitched back into rings.
 */
final class TopoJsonReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String source;
    private final List<Coordinate[]> arcs;

    private TopoJsonReader(String source, List<Coordinate[]> arcs) {
        this.source = source;
        this.arcs = arcs;
    }

    /** The features of {@code objectName}; each carries {@code id} and {@code name} properties. */
    static List<GeoFeature> read(InputStream in, String source, String objectName) {
        JsonNode root;
        try (in) {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new GeoDataException(source, "not valid JSON: " + e.getOriginalMessage() + " at " + GeoJsonReader.location(e), e);
        } catch (IOException e) {
            throw new GeoDataException(source, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (!"Topology".equals(root.path("type").asString(""))) {
            throw new GeoDataException(source, "not a TopoJSON Topology");
        }
        var reader = new TopoJsonReader(source, decodeArcs(root, source));
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

    private static List<Coordinate[]> decodeArcs(JsonNode root, String source) {
        JsonNode transform = root.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1), sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0), ty = transform.path("translate").path(1).asDouble(0);
        boolean quantized = transform.isObject();
        JsonNode arcsNode = root.path("arcs");
        if (!arcsNode.isArray()) {
            throw new GeoDataException(source, "Topology without \"arcs\"");
        }
        List<Coordinate[]> arcs = new ArrayList<>(arcsNode.size());
        for (int a = 0; a < arcsNode.size(); a++) {
            JsonNode arc = arcsNode.get(a);
            Coordinate[] points = new Coordinate[arc.size()];
            double x = 0, y = 0;
            for (int i = 0; i < points.length; i++) {
                JsonNode p = arc.get(i);
                if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                    throw new GeoDataException(source, "arc " + a + ", position " + i + ": [x, y] expected");
                }
                if (quantized) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    points[i] = new Coordinate(x * sx + tx, y * sy + ty);
                } else {
                    points[i] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
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
