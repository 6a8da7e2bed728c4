package org.passage.watchlists.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passage.watchlists.ListedEntity;

/** Collects the properties of one entity while a parser reads its record(s). */
final class EntityDraft {

    private String id;
    private String schema;
    private String caption = "";
    private final Map<String, List<String>> properties = new LinkedHashMap<>();

    EntityDraft(String id, String schema) {
        this.id = id;
        this.schema = schema;
    }

    EntityDraft id(String id) {
        this.id = id;
        return this;
    }

    EntityDraft schema(String schema) {
        this.schema = schema;
        return this;
    }

    EntityDraft caption(String caption) {
        this.caption = caption == null ? "" : caption.strip();
        return this;
    }

    /** Adds a value unless it is blank; the value is stripped. */
    EntityDraft add(String property, String value) {
        if (value != null) {
            String v = value.strip();
            if (!v.isEmpty()) {
                List<String> values = properties.computeIfAbsent(property, k -> new ArrayList<>(2));
                if (!values.contains(v)) {
                    values.add(v);
                }
            }
        }
        return this;
    }

    List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    String schema() {
        return schema;
    }

    String id() {
        return id;
    }

    ListedEntity build(String dataset) {
        String shown = caption.isEmpty() && !values("name").isEmpty() ? values("name").getFirst() : caption;
        return new ListedEntity(id, schema, shown, properties, dataset);
    }
}
