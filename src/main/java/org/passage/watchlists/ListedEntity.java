package org.passage.watchlists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One entry of a watchlist in the FollowTheMoney shape: a schema ("Person", "Organization", "Company",
 * "LegalEntity", …) and multi-valued properties named as in FtM ("name", "alias", "weakAlias", "firstName",
 * "lastName", "fatherName", "birthDate", "nationality", "country", "idNumber", "passportNumber", "innCode",
 * "topics", …). Every importer maps its format to this, so screening knows one model only.
 *
 * @param id       the list's own stable id (e.g. "ofac-11537", "NK-…", "Q6764907")
 * @param dataset  the dataset it came from (e.g. "us_ofac_sdn")
 */
public record ListedEntity(String id, String schema, String caption, Map<String, List<String>> properties, String dataset) {

    public ListedEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schema, "schema");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an entity needs an id");
        }
        caption = caption == null ? "" : caption;
        dataset = dataset == null ? "" : dataset;
        var copy = new LinkedHashMap<String, List<String>>();
        properties.forEach((k, v) -> {
            List<String> values = v.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            if (!values.isEmpty()) {
                copy.put(k, values);
            }
        });
        properties = java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** Every name under which the entity is listed: name, alias, previousName and weakAlias, with the caption first. */
    public List<String> names() {
        return Stream.concat(Stream.of(caption), Stream.of("name", "alias", "previousName", "weakAlias").flatMap(p -> values(p).stream()))
                .filter(s -> !s.isBlank()).distinct().toList();
    }

    public Set<String> topics() {
        return Set.copyOf(values("topics"));
    }

    public boolean isPerson() {
        return schema.equals("Person");
    }
}
