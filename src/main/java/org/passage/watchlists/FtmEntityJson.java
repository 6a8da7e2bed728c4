package org.passage.watchlists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads one FollowTheMoney entity ({@code {"id", "schema", "caption", "properties": {...}, "datasets": [...]}}),
 * as OpenSanctions publishes them, into a {@link ListedEntity}. Entity-valued properties that arrive nested
 * (the "nested" export) are reduced to their ids or captions. Errors name the field at fault.
 */
public final class FtmEntityJson {

    private FtmEntityJson() {
    }

    public static ListedEntity read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidEntityException("entity", "expected a JSON object");
        }
        String id = text(node, "id");
        String schema = text(node, "schema");
        JsonNode props = node.get("properties");
        if (props != null && !props.isNull() && !props.isObject()) {
            throw new InvalidEntityException("properties", "expected an object of property lists");
        }
        Map<String, List<String>> properties = new LinkedHashMap<>();
        if (props != null && props.isObject()) {
            for (var field : props.properties()) {
                JsonNode value = field.getValue();
                List<String> values = new ArrayList<>();
                if (value.isArray()) {
                    for (JsonNode item : value) {
                        values.add(scalar(item, "properties." + field.getKey()));
                    }
                } else {
                    values.add(scalar(value, "properties." + field.getKey()));
                }
                properties.put(field.getKey(), values);
            }
        }
        String caption = optionalText(node.get("caption"), "caption");
        String dataset = "";
        JsonNode datasets = node.get("datasets");
        if (datasets != null && datasets.isArray() && !datasets.isEmpty()) {
            dataset = optionalText(datasets.get(0), "datasets");
        } else if (node.hasNonNull("dataset")) {
            dataset = optionalText(node.get("dataset"), "dataset");
        }
        return new ListedEntity(id, schema, caption, properties, dataset);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new InvalidEntityException(field, "missing or not a string");
        }
        return value.asString();
    }

    private static String optionalText(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isString()) {
            throw new InvalidEntityException(field, "expected a string");
        }
        return value.asString();
    }

    private static String scalar(JsonNode item, String field) {
        if (item.isString() || item.isNumber() || item.isBoolean()) {
            return item.asString();
        }
        if (item.isObject()) {
            JsonNode caption = item.get("caption");
            JsonNode id = item.get("id");
            if (caption != null && caption.isString()) {
                return caption.asString();
            }
            if (id != null && id.isString()) {
                return id.asString();
            }
        }
        throw new InvalidEntityException(field, "expected strings");
    }

    /** A malformed entity; {@link #field()} names what was wrong. */
    public static final class InvalidEntityException extends IllegalArgumentException {
        private final String field;

        public InvalidEntityException(String field, String message) {
            super(field + ": " + message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
