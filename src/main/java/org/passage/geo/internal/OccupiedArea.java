package org.passage.geo.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The Russian-held polygons of one snapshot, simplified and prepared for point-in-polygon tests. Simplification
 * (about 40 m) keeps memory low; the sources themselves are not more precise than that.
 */
final class OccupiedArea {

    /** Degrees; about 35–55 m across Ukraine. */
    static final double SIMPLIFY_TOLERANCE = 0.0005;

    private final List<PreparedGeometry> parts;
    private final Envelope envelope = new Envelope();
    private volatile @Nullable LineOfContact line;

    OccupiedArea(List<Geometry> geometries) {
        this.parts = geometries.stream().map(OccupiedArea::simplify).filter(g -> !g.isEmpty())
                .map(PreparedGeometryFactory::prepare).toList();
        parts.forEach(p -> envelope.expandToInclude(p.getGeometry().getEnvelopeInternal()));
    }

    private static Geometry simplify(Geometry geometry) {
        Geometry simplified = DouglasPeuckerSimplifier.simplify(geometry, SIMPLIFY_TOLERANCE);
        return simplified.isEmpty() ? geometry : simplified;
    }

    boolean covers(Point point) {
        if (!envelope.covers(point.getX(), point.getY())) {
            return false;
        }
        for (PreparedGeometry part : parts) {
            if (part.covers(point)) {
                return true;
            }
        }
        return false;
    }

    /** The line of contact depends only on this area and the 2014 areas: built once, shared by identical snapshots. */
    LineOfContact line(java.util.function.Supplier<LineOfContact> builder) {
        LineOfContact built = line;
        if (built == null) {
            synchronized (this) {
                built = line;
                if (built == null) {
                    built = builder.get();
                    line = built;
                }
            }
        }
        return built;
    }

    /** Same polygons, vertex for vertex: NZZ republishes an unchanged map under a new date now and then. */
    boolean sameAs(OccupiedArea other) {
        if (parts.size() != other.parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).getGeometry().equalsExact(other.parts.get(i).getGeometry())) {
                return false;
            }
        }
        return true;
    }

    List<Geometry> geometries() {
        return parts.stream().map(PreparedGeometry::getGeometry).toList();
    }

    /** The planar area in square degrees: only ever compared with a neighbouring snapshot's, never reported. */
    double squareDegrees() {
        return parts.stream().mapToDouble(p -> p.getGeometry().getArea()).sum();
    }

    int vertexCount() {
        return parts.stream().mapToInt(p -> p.getGeometry().getNumPoints()).sum();
    }
}
