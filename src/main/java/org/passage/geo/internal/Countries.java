package org.passage.geo.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.passage.geo.GeoDataException;
import org.passage.geo.GeoStatus;

/**
 * Country outlines (Natural Earth, public domain) in an STR-tree of prepared polygons. Natural Earth draws the
 * de-facto line, with Crimea inside Russia; Passage moves the Crimean polygon back to Ukraine, where it counts as
 * occupied since 2014.
 */
final class Countries {

    static final String RUSSIA = "643";
    static final String BELARUS = "112";
    static final String UKRAINE = "804";
    private static final Coordinate SIMFEROPOL = new Coordinate(34.10, 44.95);

    record Country(String name, String isoNumeric) {
        GeoStatus status() {
            return switch (isoNumeric) {
                case RUSSIA -> GeoStatus.RUSSIA;
                case BELARUS -> GeoStatus.BELARUS;
                case UKRAINE -> GeoStatus.UKRAINE;
                default -> GeoStatus.OTHER;
            };
        }
    }

    /** Degrees (≈ 4–5 km): a point this close to an outline but outside every one (a river mouth, a coast
     *  drawn at 1:10m) belongs to the nearest country. */
    static final double COAST_TOLERANCE = 0.05;

    private static final class Part {
        private final Country country;
        private final PreparedGeometry shape;
        private volatile @Nullable IndexedFacetDistance distance;

        Part(Country country, PreparedGeometry shape) {
            this.country = country;
            this.shape = shape;
        }

        Country country() {
            return country;
        }

        PreparedGeometry shape() {
            return shape;
        }

        double distance(Point point) {
            IndexedFacetDistance index = distance;
            if (index == null) {
                index = new IndexedFacetDistance(shape.getGeometry());
                distance = index;
            }
            return index.distance(point);
        }
    }

    record Cell(@Nullable Country country, boolean mixed) {
        static final Cell MIXED = new Cell(null, true);
        static final Cell NOWHERE = new Cell(null, false);
    }

    private final STRtree index = new STRtree();
    private final CellCache<Cell> cells = new CellCache<>(0.1, 1_000_000);
    private final Geometry ukraine;
    private final Geometry crimea;

    private final List<Outline> outlines;

    private Countries(List<Part> parts, Geometry ukraine, Geometry crimea, List<Outline> outlines) {
        this.outlines = List.copyOf(outlines);
        parts.forEach(part -> index.insert(part.shape().getGeometry().getEnvelopeInternal(), part));
        index.build();
        this.ukraine = ukraine;
        this.crimea = crimea;
    }

    static Countries of(List<GeoFeature> features, String source) {
        List<Part> parts = new ArrayList<>();
        List<Geometry> ukraineParts = new ArrayList<>();
        List<Outline> outlines = new ArrayList<>();
        Geometry crimea = null;
        Point simferopol = GeoJsonReader.FACTORY.createPoint(SIMFEROPOL);
        Country ukraineCountry = new Country("Ukraine", UKRAINE);
        for (GeoFeature feature : features) {
            Country country = new Country(feature.property("name"), feature.property("id"));
            List<Geometry> kept = new ArrayList<>();
            for (int i = 0; i < feature.geometry().getNumGeometries(); i++) {
                Polygon polygon = (Polygon) feature.geometry().getGeometryN(i);
                if (country.isoNumeric().equals(RUSSIA) && polygon.covers(simferopol)) {
                    crimea = polygon;
                    continue;
                }
                if (country.isoNumeric().equals(UKRAINE)) {
                    ukraineParts.add(polygon);
                    continue;
                }
                parts.add(new Part(country, PreparedGeometryFactory.prepare(polygon)));
                kept.add(polygon);
            }
            if (country.isoNumeric().equals(RUSSIA) || country.isoNumeric().equals(BELARUS)) {
                outlines.add(new Outline(country.name(), GeoJsonReader.FACTORY.buildGeometry(kept)));
            }
        }
        if (ukraineParts.isEmpty()) {
            throw new GeoDataException(source, "no Ukraine (id " + UKRAINE + ") among the countries");
        }
        if (crimea == null) {
            crimea = GeoJsonReader.FACTORY.createPolygon();
        }
        ukraineParts.add(crimea);
        // one outline, so that the old administrative line of Crimea is not mistaken for an outer border
        Geometry ukraine = GeoJsonReader.FACTORY.buildGeometry(ukraineParts).union();
        for (int i = 0; i < ukraine.getNumGeometries(); i++) {
            parts.add(new Part(ukraineCountry, PreparedGeometryFactory.prepare(ukraine.getGeometryN(i))));
        }
        outlines.addFirst(new Outline(ukraineCountry.name(), ukraine));
        return new Countries(parts, ukraine, crimea, outlines);
    }

    @Nullable Country at(Point point) {
        Cell cell = cells.cell(point.getX(), point.getY(), this::classify);
        Country country = cell.mixed() ? lookup(point) : cell.country();
        return country != null ? country : nearest(point);
    }

    private @Nullable Country nearest(Point point) {
        Envelope around = point.getEnvelopeInternal();
        around.expandBy(COAST_TOLERANCE);
        @SuppressWarnings("unchecked")
        List<Part> candidates = index.query(around);
        Country nearest = null;
        double best = COAST_TOLERANCE;
        for (Part part : candidates) {
            double distance = part.distance(point);
            if (distance <= best) {
                best = distance;
                nearest = part.country();
            }
        }
        return nearest;
    }

    /** A grid cell lies wholly inside one country, wholly outside all, or across a border ("mixed"). */
    private Cell classify(Envelope box) {
        Geometry rectangle = GeoJsonReader.FACTORY.toGeometry(box);
        @SuppressWarnings("unchecked")
        List<Part> candidates = index.query(box);
        boolean touched = false;
        for (Part part : candidates) {
            if (part.shape().covers(rectangle)) {
                return new Cell(part.country(), false);
            }
            touched |= part.shape().intersects(rectangle);
        }
        return touched ? Cell.MIXED : Cell.NOWHERE;
    }

    private @Nullable Country lookup(Point point) {
        @SuppressWarnings("unchecked")
        List<Part> candidates = index.query(point.getEnvelopeInternal());
        for (Part part : candidates) {
            if (part.shape().covers(point)) {
                return part.country();
            }
        }
        return null;
    }

    record Outline(String name, Geometry shape) {
    }

    /** Ukraine (Crimea included), Russia and Belarus, for maps. */
    List<Outline> outlines() {
        return outlines;
    }

    /** Ukraine in its internationally recognised borders, Crimea included. */
    Geometry ukraine() {
        return ukraine;
    }

    /** The Crimean peninsula as Natural Earth draws it (empty if the file has no such polygon). */
    Geometry crimea() {
        return crimea;
    }
}
