package org.passage.watchlists.internal;

import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.passage.watchlists.InvalidWatchlistInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The OFAC SDN list as JSON ({@code {"published": …, "entries": [{uid, name, type, programs, alternateNames}]}},
 * the format of the 2026-08-20 export). Read with a streaming parser: only one entry is in memory at a time.
 */
final class OfacJson implements EntitySource {

    private final InputStream in;
    private final String name;
    private final String dataset;

    OfacJson(InputStream in, String name, String dataset) {
        this.in = in;
        this.name = name;
        this.dataset = dataset;
    }

    @Override
    public void read(Consumer<SourcedEntity> consumer) {
        long index = 0;
        boolean sawEntries = false;
        try (JsonParser parser = Json.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidWatchlistInput(where(parser), "", "expected a JSON object with an \"entries\" array");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"entries".equals(property)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new InvalidWatchlistInput(where(parser), "entries", "expected an array");
                }
                sawEntries = true;
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    index++;
                    String location = where(parser) + " (entry #" + index + ")";
                    JsonNode entry = Json.TREE_IN_STREAM.readValue(parser);
                    consumer.accept(new SourcedEntity(entity(entry, location), location));
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw new InvalidWatchlistInput(where(parser), "entries", "expected entry objects");
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new InvalidWatchlistInput(where(parser), "", "expected the end of the object");
            }
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new InvalidWatchlistInput(name + (at == null ? "" : " line " + at.getLineNr() + " column " + at.getColumnNr())
                    + (index > 0 ? " (entry #" + index + ")" : ""), "", "malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (!sawEntries) {
            throw new InvalidWatchlistInput(name, "entries", "missing: not an OFAC SDN JSON file");
        }
    }

    private String where(JsonParser parser) {
        return name + " line " + parser.currentTokenLocation().getLineNr();
    }

    private org.passage.watchlists.ListedEntity entity(JsonNode entry, String location) {
        JsonNode uid = entry.get("uid");
        if (uid == null || !(uid.isIntegralNumber() || (uid.isString() && uid.asString().matches("\\d{1,12}")))) {
            throw new InvalidWatchlistInput(location, "uid", "missing or not a number");
        }
        String entityName = text(entry, "name", location);
        if (entityName.isBlank()) {
            throw new InvalidWatchlistInput(location, "name", "missing or empty");
        }
        String type = entry.hasNonNull("type") ? text(entry, "type", location) : "entity";
        var draft = new EntityDraft("ofac-" + uid.asString(), switch (type.toLowerCase(Locale.ROOT)) {
            case "individual" -> "Person";
            case "vessel" -> "Vessel";
            case "aircraft" -> "Airplane";
            case "entity", "" -> "LegalEntity";
            default -> throw new InvalidWatchlistInput(location, "type", "unknown type '" + OfacLegacyCsv.abbreviate(type) + "'");
        });
        draft.add("name", entityName);
        if (draft.schema().equals("Person")) {
            int comma = entityName.indexOf(',');
            if (comma > 0) {
                draft.add("lastName", entityName.substring(0, comma)).add("firstName", entityName.substring(comma + 1));
            }
        }
        strings(entry, "programs", location).forEach(p -> draft.add("programId", p));
        strings(entry, "alternateNames", location).forEach(a -> draft.add("alias", a));
        draft.add("topics", "sanction");
        return draft.build(dataset);
    }

    private static String text(JsonNode entry, String field, String location) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isString()) {
            throw new InvalidWatchlistInput(location, field, "missing or not a string");
        }
        return value.asString();
    }

    private static java.util.List<String> strings(JsonNode entry, String field, String location) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return java.util.List.of();
        }
        if (!value.isArray()) {
            throw new InvalidWatchlistInput(location, field, "expected an array of strings");
        }
        var out = new java.util.ArrayList<String>(value.size());
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw new InvalidWatchlistInput(location, field, "expected an array of strings");
            }
            out.add(item.asString());
        }
        return out;
    }
}
