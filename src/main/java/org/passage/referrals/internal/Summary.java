package org.passage.referrals.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The minimal summary a partner receives: the chosen fields with their values. Personal data, so it is sealed
 * at rest and {@link #toString()} is redacted.
 */
public record Summary(Map<SummaryField, String> values) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Summary {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a summary has at least one field");
        }
        values = Map.copyOf(new EnumMap<>(values));
    }

    /** In the order of {@link SummaryField}, for pages and for copying. */
    public Map<SummaryField, String> ordered() {
        return new EnumMap<>(values);
    }

    /** Plain text, one field a line, labelled by {@code label}; what is copied for an external partner and what a new case's note says. */
    String asText(java.util.function.Function<SummaryField, String> label) {
        return ordered().entrySet().stream().map(e -> label.apply(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    String json() {
        return JSON.writeValueAsString(values);
    }

    static Summary fromJson(String json) {
        Map<SummaryField, String> read = JSON.readValue(json, new TypeReference<Map<SummaryField, String>>() { });
        return new Summary(read);
    }

    @Override
    public String toString() {
        return "Summary[" + values.keySet() + ", REDACTED]";
    }
}
