package org.passage.screening.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** yente's search facets (countries, topics, datasets, schema, identifiers, genders) counted over the entries found. */
final class SearchFacets {

    private static final Map<String, String> LABELS = Map.of("countries", "Countries", "topics", "Topics", "datasets", "Data sources",
            "schema", "Types", "identifiers", "Identifiers", "genders", "Genders");

    private SearchFacets() {
    }

    static YenteShapes.SearchFacet of(String facet, List<IndexedEntry> found) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (IndexedEntry e : found) {
            for (String value : values(facet, e)) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        List<YenteShapes.FacetItem> items = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(1000)
                .map(c -> new YenteShapes.FacetItem(c.getKey(), label(facet, c.getKey()), c.getValue())).toList();
        return new YenteShapes.SearchFacet(LABELS.get(facet), items);
    }

    /** The entry's values for a facet, as yente indexes them. */
    static Set<String> values(String facet, IndexedEntry e) {
        return switch (facet) {
            case "countries" -> Countries.PROPERTIES.stream().flatMap(p -> e.properties().getOrDefault(p, List.of()).stream())
                    .map(v -> Countries.code(v).orElse(v.toLowerCase(Locale.ROOT))).collect(java.util.stream.Collectors.toSet());
            case "topics" -> Set.copyOf(e.properties().getOrDefault("topics", List.of()));
            // a list whose entries name the list itself as their source (the demo's ofac-sdn) is one data source, not two
            case "datasets" -> e.dataset().isBlank() || e.dataset().equals(e.list()) ? Set.of(e.list()) : Set.of(e.list(), e.dataset());
            case "schema" -> Set.of(e.schema());
            case "identifiers" -> MatchRequestParser.IDENTIFIERS.stream().flatMap(p -> e.properties().getOrDefault(p, List.of()).stream())
                    .collect(java.util.stream.Collectors.toSet());
            case "genders" -> Set.copyOf(e.properties().getOrDefault("gender", List.of()));
            default -> Set.of();
        };
    }

    private static String label(String facet, String value) {
        return facet.equals("countries") && value.length() == 2 ? Locale.of("", value.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH) : value;
    }
}
