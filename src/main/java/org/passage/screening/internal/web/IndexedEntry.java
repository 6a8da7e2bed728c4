package org.passage.screening.internal.web;

import java.util.List;
import java.util.Map;
import org.passage.watchlists.ListedEntity;

/**
 * What a result shows of a listed entity besides what the engine scored: the list it is live in and the
 * properties worth showing (names, dates, nationality, topics, positions) — not the whole source record, to keep
 * the index small.
 */
record IndexedEntry(String list, int version, String id, String schema, String caption, String dataset, Map<String, List<String>> properties,
                    java.time.@org.jspecify.annotations.Nullable Instant firstSeen, java.time.@org.jspecify.annotations.Nullable Instant lastChange) {

    static final List<String> SHOWN = List.of("name", "alias", "weakAlias", "previousName", "firstName", "fatherName", "lastName",
            "birthDate", "birthPlace", "nationality", "citizenship", "country", "gender", "position", "topics", "program",
            "passportNumber", "idNumber", "innCode", "registrationNumber", "notes", "country", "jurisdiction", "ogrnCode", "taxNumber",
            "vatCode", "leiCode", "imoNumber", "swiftBic", "okpoCode", "socialSecurityNumber", "mmsi", "callSign", "flag", "buildDate",
            "incorporationDate", "middleName");

    /** The properties the pages show beside the names, in this order (message keys screening.property.*). */
    static final List<String> HIGHLIGHTED = List.of("birthDate", "nationality", "topics", "position");

    static IndexedEntry of(String list, int version, ListedEntity entity) {
        return of(list, version, entity, null, null);
    }

    /** With the entity's own history in the list: first version holding it, version that last changed it (null: unknown). */
    static IndexedEntry of(String list, int version, ListedEntity entity, java.time.@org.jspecify.annotations.Nullable Instant firstSeen,
                           java.time.@org.jspecify.annotations.Nullable Instant lastChange) {
        var shown = new java.util.LinkedHashMap<String, List<String>>();
        for (String property : SHOWN) {
            List<String> values = entity.values(property);
            if (!values.isEmpty()) {
                shown.put(property, values);
            }
        }
        return new IndexedEntry(list, version, entity.id(), entity.schema(), entity.caption(), entity.dataset(), java.util.Collections.unmodifiableMap(shown),
                firstSeen, lastChange);
    }

    /** The highlighted properties the entity has, each with its values joined for display. */
    public List<Map.Entry<String, String>> highlighted() {
        return HIGHLIGHTED.stream().filter(properties::containsKey)
                .map(p -> Map.entry(p, String.join(", ", properties.get(p)))).toList();
    }

    /** The dataset under which the engine indexes an entity of a list: list and source dataset together. */
    /** The entry as the engine compares it, under its tagged dataset (see {@link #tag}). */
    ListedEntity asListed() {
        return new ListedEntity(id, schema, caption, properties, tag(list, dataset));
    }

    static String tag(String list, String dataset) {
        return list + '\u001F' + dataset;
    }

    static String key(String dataset, String id) {
        return dataset + '\u0000' + id;
    }

    @Override
    public String toString() {
        return "IndexedEntry[" + list + "/" + id + "]";
    }
}
