package org.passage.geo.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Ukrainian oblasts (ADM1) and pre-2020 raions and cities (ADM2) from geoBoundaries, to name the area a point lies
 * in. Loaded at run time only: the geoBoundaries licence for Ukraine could not be checked.
 */
final class AdminAreas {

    static final AdminAreas NONE = new AdminAreas(List.of(), List.of());

    private record Area(String name, PreparedGeometry shape) {
    }

    private final STRtree oblasts = new STRtree();
    private final STRtree raions = new STRtree();

    AdminAreas(List<GeoFeature> adm1, List<GeoFeature> adm2) {
        fill(oblasts, adm1);
        fill(raions, adm2);
    }

    private static void fill(STRtree index, List<GeoFeature> features) {
        for (GeoFeature feature : features) {
            for (int i = 0; i < feature.geometry().getNumGeometries(); i++) {
                var part = feature.geometry().getGeometryN(i);
                index.insert(part.getEnvelopeInternal(), new Area(feature.property("shapeName"), PreparedGeometryFactory.prepare(part)));
            }
        }
        index.build();
    }

    /** "Kyiv Oblast, Kyievo-Sviatoshynskyi" or null outside Ukraine or when nothing is loaded. */
    @Nullable String at(Point point) {
        String oblast = name(oblasts, point);
        String raion = name(raions, point);
        if (oblast == null) {
            return raion;
        }
        return raion == null ? oblast : oblast + ", " + raion;
    }

    private static @Nullable String name(STRtree index, Point point) {
        @SuppressWarnings("unchecked")
        List<Area> candidates = index.query(point.getEnvelopeInternal());
        for (Area area : candidates) {
            if (!area.name().isBlank() && area.shape().covers(point)) {
                return area.name();
            }
        }
        return null;
    }
}
