package org.passage.screening.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passage.watchlists.ListedEntity;

/** Two constructed names of one schema scored by the engine, as the name model's tests compare them. */
final class NamePairs {

    private NamePairs() {
    }

    static double score(String schema, String a, String b) {
        return score(schema, a, Map.of(), b, Map.of());
    }

    /** With further properties on each side (a birth date, an identifier). */
    static double score(String schema, String a, Map<String, List<String>> pa, String b, Map<String, List<String>> pb) {
        return ScreeningEngine.compare(entity("a", schema, a, pa), entity("b", schema, b, pb)).score();
    }

    static ListedEntity entity(String id, String schema, String name) {
        return entity(id, schema, name, Map.of());
    }

    private static ListedEntity entity(String id, String schema, String name, Map<String, List<String>> extra) {
        var properties = new HashMap<String, List<String>>(extra);
        properties.put("name", List.of(name));
        return new ListedEntity(id, schema, name, properties, "test");
    }
}
