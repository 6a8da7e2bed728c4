package org.passage.geo.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The areas occupied since 2014 — Crimea with Sevastopol, and the parts of Donetsk and Luhansk oblasts held
 * before 2022 ("ORDLO") — which count as occupied on every date from 2014 on, whatever a snapshot leaves out.
 */
final class BaselineArea {

    /** Start of the occupation of Crimea as Ukrainian law dates it. */
    static final LocalDate CRIMEA_SINCE = LocalDate.of(2014, 2, 20);
    /** Proclamation of the "Donetsk People's Republic"; the line then moved until February 2015. */
    static final LocalDate ORDLO_SINCE = LocalDate.of(2014, 4, 7);

    record Part(String name, LocalDate since, PreparedGeometry shape) {
    }

    private final List<Part> parts;

    BaselineArea(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    static Part part(String name, LocalDate since, Geometry geometry) {
        Geometry simplified = DouglasPeuckerSimplifier.simplify(geometry, OccupiedArea.SIMPLIFY_TOLERANCE);
        return new Part(name, since, PreparedGeometryFactory.prepare(simplified.isEmpty() ? geometry : simplified));
    }

    @Nullable Part at(Point point) {
        for (Part part : parts) {
            if (part.shape().getGeometry().getEnvelopeInternal().covers(point.getCoordinate()) && part.shape().covers(point)) {
                return part;
            }
        }
        return null;
    }

    boolean covers(Point point) {
        return at(point) != null;
    }

    List<Geometry> geometries() {
        return parts.stream().map(p -> p.shape().getGeometry()).toList();
    }

    /** Whether the areas of Donetsk and Luhansk held before 2022 are loaded (else only Crimea is known). */
    boolean hasPre2022Line() {
        return parts.stream().anyMatch(p -> p.since().equals(ORDLO_SINCE));
    }

    List<String> names() {
        return parts.stream().map(Part::name).toList();
    }
}
