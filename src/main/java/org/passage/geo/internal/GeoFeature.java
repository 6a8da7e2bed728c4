package org.passage.geo.internal;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

/** One feature of a GeoJSON or TopoJSON file: its position in the file (0-based), its properties and its areal geometry. */
record GeoFeature(int index, JsonNode properties, Geometry geometry) {

    String property(String name) {
        JsonNode value = properties.get(name);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
