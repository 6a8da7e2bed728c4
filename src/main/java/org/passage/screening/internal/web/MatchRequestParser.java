package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.passage.screening.Screening;
import org.passage.watchlists.ListedEntity;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of {@code POST /api/match/{dataset}} as yente's {@code EntityMatchQuery}: {@code {"queries": {"q1":
 * {"schema": "Person", "properties": {"name": ["…"], "birthDate": ["…"]}}}}}. Everything is checked before
 * anything is screened, and a refusal names the field at fault. Pure: no Spring, no I/O.
 */
final class MatchRequestParser {

    static final int MAX_BODY_BYTES = 256 * 1024;
    static final int MAX_QUERIES = 100;
    static final int MAX_VALUES = 50;
    static final Set<String> SCHEMAS = Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane");
    /** Properties that identify an entity on their own: a query may give one of these instead of a name. */
    static final Set<String> IDENTIFIERS = Set.of("idNumber", "passportNumber", "innCode", "ogrnCode", "registrationNumber",
            "taxNumber", "vatCode", "leiCode", "imoNumber", "swiftBic", "okpoCode", "socialSecurityNumber");
    /** Where the query's entity id is not given: no given id can look like this (see {@link #KEY}). */
    static final String NO_ID = "#query";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Pattern PROPERTY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");
    static final Set<String> NAME_PROPERTIES = Set.of("name", "alias", "firstName", "lastName", "fatherName",
            "middleName", "weakAlias", "previousName");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MatchRequestParser() {
    }

    static MatchRequest parse(byte[] body) {
        if (body.length == 0) {
            throw InvalidMatchRequest.unprocessable("body", "the request has no body; expected {\"queries\": {...}}");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new InvalidMatchRequest("body", "larger than " + MAX_BODY_BYTES + " bytes");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw InvalidMatchRequest.unprocessable("body", "not valid JSON" + (location == null ? "" : " (line " + location.getLineNr()
                    + ", column " + location.getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw InvalidMatchRequest.unprocessable("body", "expected a JSON object with \"queries\"");
        }
        JsonNode queries = root.get("queries");
        if (queries == null || !queries.isObject()) {
            throw InvalidMatchRequest.unprocessable("queries", "expected an object of queries by key, e.g. {\"q1\": {\"schema\": \"Person\", ...}}");
        }
        if (queries.isEmpty()) {
            throw new InvalidMatchRequest("queries", "no queries given");
        }
        if (queries.size() > MAX_QUERIES) {
            throw new InvalidMatchRequest("queries", "at most " + MAX_QUERIES + " queries per request");
        }
        Map<String, ListedEntity> parsed = new LinkedHashMap<>();
        for (var entry : queries.properties()) {
            String key = entry.getKey();
            if (!KEY.matcher(key).matches()) {
                throw new InvalidMatchRequest("queries", "a query key is 1-64 letters, digits, '_', '.', ':' or '-'");
            }
            parsed.put(key, entity("queries." + key, entry.getValue()));
        }
        return new MatchRequest(parsed, threshold(root.get("threshold")), limit(root.get("limit")), weights(root.get("weights")),
                config(root.get("config")));
    }

    static @Nullable Double threshold(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !(node.asDouble() > 0 && node.asDouble() <= 1)) {
            throw InvalidMatchRequest.unprocessable("threshold", "a number above 0 and at most 1");
        }
        return node.asDouble();
    }

    static @Nullable Integer limit(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > 500) {
            throw InvalidMatchRequest.unprocessable("limit", "a whole number from 1 to 500");
        }
        return node.asInt();
    }

    private static ListedEntity entity(String path, JsonNode node) {
        if (!node.isObject()) {
            throw InvalidMatchRequest.unprocessable(path, "expected an entity: {\"schema\": \"Person\", \"properties\": {...}}");
        }
        JsonNode schema = node.get("schema");
        if (schema == null || !schema.isString()) {
            throw InvalidMatchRequest.unprocessable(path + ".schema", "missing; one of " + new java.util.TreeSet<>(SCHEMAS));
        }
        if (!SCHEMAS.contains(schema.asString())) {
            throw new InvalidMatchRequest(path + ".schema", "unknown schema; one of " + new java.util.TreeSet<>(SCHEMAS));
        }
        JsonNode properties = node.get("properties");
        if (properties == null || !properties.isObject()) {
            throw InvalidMatchRequest.unprocessable(path + ".properties", "expected an object of property values, e.g. {\"name\": [\"…\"]}");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (var property : properties.properties()) {
            String name = property.getKey();
            String field = path + ".properties." + (PROPERTY.matcher(name).matches() ? name : "?");
            if (!PROPERTY.matcher(name).matches()) {
                throw new InvalidMatchRequest(field, "a property name is letters and digits, at most 40");
            }
            List<String> list = cleaned(name, values(field, property.getValue()));
            if (!list.isEmpty()) {
                values.put(name, list);
            }
        }
        if (NAME_PROPERTIES.stream().noneMatch(values::containsKey) && IDENTIFIERS.stream().noneMatch(values::containsKey)) {
            // a client's typo ("nmae") reads as a missing name: the properties the query did give are named
            List<String> given = new ArrayList<>();
            properties.properties().forEach(p -> given.add(p.getKey()));
            throw new InvalidMatchRequest(path + ".properties.name", "a query needs at least one name or identifier ("
                    + String.join(", ", new java.util.TreeSet<>(IDENTIFIERS)) + ")"
                    + (given.isEmpty() ? "" : "; it gives only " + String.join(", ", given.subList(0, Math.min(10, given.size())))
                    + "; property names are FollowTheMoney's, as name, firstName, lastName, birthDate, nationality"));
        }
        for (String nameProperty : NAME_PROPERTIES) {
            for (String value : values.getOrDefault(nameProperty, List.of())) {
                if (value.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    throw new InvalidMatchRequest(path + ".properties." + nameProperty, "a name needs letters");
                }
            }
        }
        JsonNode id = node.get("id");
        String entityId = id != null && id.isString() && KEY.matcher(id.asString()).matches() ? id.asString() : NO_ID;
        List<String> names = values.getOrDefault("name", List.of());
        String caption = names.isEmpty() ? String.join(" ", values.getOrDefault("firstName", List.of()))
                + " " + String.join(" ", values.getOrDefault("lastName", List.of())) : names.getFirst();
        if (caption.isBlank()) {
            caption = NAME_PROPERTIES.stream().flatMap(p -> values.getOrDefault(p, List.of()).stream()).findFirst()
                    .orElseGet(() -> IDENTIFIERS.stream().flatMap(p -> values.getOrDefault(p, List.of()).stream()).findFirst().orElse(""));
        }
        return new ListedEntity(entityId, schema.asString(), caption.strip(), values, "");
    }

    /** Country and date values as yente cleans them: codes for countries, ISO prefixes for dates; values that are neither are dropped. */
    private static List<String> cleaned(String property, List<String> values) {
        if (Countries.PROPERTIES.contains(property)) {
            return values.stream().map(Countries::code).flatMap(java.util.Optional::stream).distinct().toList();
        }
        if (Dates.PROPERTIES.contains(property)) {
            return values.stream().map(Dates::clean).flatMap(java.util.Optional::stream).distinct().toList();
        }
        return values;
    }

    /** yente's {@code weights}: feature name to a number. */
    static Map<String, Double> weights(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw InvalidMatchRequest.unprocessable("weights", "expected an object of feature names to numbers");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            if (!entry.getValue().isNumber()) {
                throw InvalidMatchRequest.unprocessable("weights", "a weight is a number");
            }
            out.put(entry.getKey(), entry.getValue().asDouble());
        }
        return out;
    }

    /** yente's {@code config}: algorithm parameters to a string, number, boolean or null. */
    static Map<String, String> config(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw InvalidMatchRequest.unprocessable("config", "expected an object of parameters");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (!(value.isNull() || value.isString() || value.isNumber() || value.isBoolean())) {
                throw InvalidMatchRequest.unprocessable("config", "a parameter is a string, number, boolean or null");
            }
            out.put(entry.getKey(), value.isNull() ? "" : value.asString());
        }
        return out;
    }

    private static List<String> values(String field, JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            if (node.size() > MAX_VALUES) {
                throw new InvalidMatchRequest(field, "at most " + MAX_VALUES + " values");
            }
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.isNull()) {
                continue;
            }
            if (!item.isString() && !item.isNumber()) {
                throw InvalidMatchRequest.unprocessable(field, "values are strings");
            }
            String value = item.asString();
            if (value.length() > Screening.MAX_NAME_LENGTH) {
                throw new InvalidMatchRequest(field, "a value is at most " + Screening.MAX_NAME_LENGTH + " characters");
            }
            if (value.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    && c != 0x200D && c != 0x200C || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED)) {
                throw new InvalidMatchRequest(field, "control, format or unassigned characters are not allowed");
            }
            if (!value.isBlank()) {
                out.add(value.strip());
            }
        }
        return out;
    }
}
