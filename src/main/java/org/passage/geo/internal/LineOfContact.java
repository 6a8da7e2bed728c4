package org.passage.geo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The edge of the occupied area inside Ukraine on one snapshot: the polygon edges with Russian-held land on one
 * side and Ukrainian-held land on the other, leaving out the international border and the coast (edges within
 * {@link #BORDER_MARGIN} of Ukraine's outline) and edges shared by two held polygons. Distances are measured on a
 * plane scaled to Ukraine's latitude to find the nearest point, then on the sphere to it.
 */
final class LineOfContact {

    /** Degrees (≈ 3–4 km): edges this close to Ukraine's outline run along the border or the coast. */
    static final double BORDER_MARGIN = 0.04;
    /** Degrees (≈ 50 m): how far beside an edge its two sides are probed. */
    private static final double PROBE = 0.0005;
    private static final double SCALE_X = Math.cos(Math.toRadians(48.5));
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final @Nullable IndexedFacetDistance index;

    private LineOfContact(@Nullable IndexedFacetDistance index) {
        this.index = index;
    }

    static LineOfContact of(List<Geometry> polygons, Predicate<Point> occupied, PreparedGeometry ukraine,
                            IndexedFacetDistance ukraineOutline) {
        List<LineString> segments = new ArrayList<>();
        for (Geometry polygon : polygons) {
            Geometry boundary = polygon.getBoundary();
            for (int g = 0; g < boundary.getNumGeometries(); g++) {
                Coordinate[] ring = boundary.getGeometryN(g).getCoordinates();
                for (int i = 1; i < ring.length; i++) {
                    if (isContact(ring[i - 1], ring[i], occupied, ukraine, ukraineOutline)) {
                        segments.add(GeoJsonReader.FACTORY.createLineString(new Coordinate[] {scaled(ring[i - 1]), scaled(ring[i])}));
                    }
                }
            }
        }
        if (segments.isEmpty()) {
            return new LineOfContact(null);
        }
        return new LineOfContact(new IndexedFacetDistance(GeoJsonReader.FACTORY.buildGeometry(segments)));
    }

    private static boolean isContact(Coordinate a, Coordinate b, Predicate<Point> occupied, PreparedGeometry ukraine,
                                     IndexedFacetDistance ukraineOutline) {
        double dx = b.x - a.x, dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return false;
        }
        Point middle = point((a.x + b.x) / 2, (a.y + b.y) / 2);
        if (!ukraine.covers(middle) || ukraineOutline.isWithinDistance(middle, BORDER_MARGIN)) {
            return false;
        }
        double nx = -dy / length * PROBE, ny = dx / length * PROBE;
        boolean left = occupied.test(point(middle.getX() + nx, middle.getY() + ny));
        boolean right = occupied.test(point(middle.getX() - nx, middle.getY() - ny));
        return left != right;
    }

    /** Kilometres from the point to the nearest point of the line, or null when the snapshot has no line inside Ukraine. */
    @Nullable Double distanceKm(double longitude, double latitude) {
        if (index == null) {
            return null;
        }
        Coordinate[] nearest = index.nearestPoints(point(longitude * SCALE_X, latitude));
        Coordinate onLine = nearest[0];
        return haversineKm(latitude, longitude, onLine.y, onLine.x / SCALE_X);
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static Coordinate scaled(Coordinate c) {
        return new Coordinate(c.x * SCALE_X, c.y);
    }

    private static Point point(double x, double y) {
        return GeoJsonReader.FACTORY.createPoint(new Coordinate(x, y));
    }
}
