package org.passage.watchlists.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.InvalidWatchlistInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Which column of a CSV holds which FtM property, read from a JSON or .properties file:
 * <pre>
 * { "id": "Ref", "schema": "Person", "schemaColumn": "Type", "schemaValues": {"org": "Organization"},
 *   "delimiter": ",", "separator": ";", "properties": {"name": "Full name", "alias": ["AKA 1", "AKA 2"], "birthDate": "DOB"} }
 * </pre>
 * or {@code id=Ref}, {@code schema=Person}, {@code separator=;}, {@code property.name=Full name},
 * {@code property.alias=AKA 1|AKA 2}. Without an id column an entity's id is derived from its names and birth dates.
 */
record ColumnMapping(@Nullable String idColumn, String schema, @Nullable String schemaColumn, Map<String, String> schemaValues,
                     char delimiter, @Nullable String separator, Map<String, List<String>> properties) {

    static final Set<String> PROPERTIES = Set.of("name", "alias", "weakAlias", "previousName", "firstName", "lastName",
            "middleName", "secondName", "fatherName", "motherName", "title", "birthDate", "birthPlace", "birthCountry",
            "deathDate", "nationality", "citizenship", "country", "gender", "idNumber", "passportNumber", "taxNumber",
            "innCode", "ogrnCode", "registrationNumber", "imoNumber", "address", "position", "topics", "programId",
            "sourceUrl", "notes", "email", "phone", "website", "incorporationDate", "jurisdiction", "legalForm",
            "createdAt", "modifiedAt", "summary", "ethnicity", "religion", "leiCode", "swiftBic", "okpoCode", "kppCode",
            "vatCode", "flag", "callSign", "mmsi");
    static final Set<String> SCHEMATA = Set.of("Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane");

    ColumnMapping {
        if (!SCHEMATA.contains(schema)) {
            throw new IllegalArgumentException("schema: expected one of " + SCHEMATA + ", got '" + schema + "'");
        }
        schemaValues.values().forEach(s -> {
            if (!SCHEMATA.contains(s)) {
                throw new IllegalArgumentException("schemaValues: '" + s + "' is not one of " + SCHEMATA);
            }
        });
        for (String property : properties.keySet()) {
            if (!PROPERTIES.contains(property)) {
                throw new IllegalArgumentException("properties: '" + property + "' is not a FollowTheMoney property Passage imports");
            }
        }
        if (!properties.containsKey("name")) {
            throw new IllegalArgumentException("properties: the mapping must name the column of \"name\"");
        }
        properties = Map.copyOf(properties);
        schemaValues = Map.copyOf(schemaValues);
    }

    static ColumnMapping load(Path file) {
        try {
            String name = file.getFileName().toString();
            try {
                return name.endsWith(".properties") ? fromProperties(file) : fromJson(file);
            } catch (IllegalArgumentException e) {
                throw new InvalidWatchlistInput(name, "", e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new InvalidWatchlistInput(file.toString(), "", "cannot read the mapping file: " + e.getMessage(), e);
        }
    }

    private static ColumnMapping fromJson(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("malformed JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        Map<String, List<String>> properties = new LinkedHashMap<>();
        JsonNode props = root.get("properties");
        if (props == null || !props.isObject()) {
            throw new IllegalArgumentException("properties: expected an object of property → column(s)");
        }
        for (var field : props.properties()) {
            List<String> columns = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(c -> columns.add(c.asString()));
            } else {
                columns.add(field.getValue().asString());
            }
            properties.put(field.getKey(), columns);
        }
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode schemaValues = root.get("schemaValues");
        if (schemaValues != null && schemaValues.isObject()) {
            schemaValues.properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
        }
        return new ColumnMapping(text(root, "id"), text(root, "schema") == null ? "Person" : text(root, "schema"),
                text(root, "schemaColumn"), values, delimiter(text(root, "delimiter")), text(root, "separator"), properties);
    }

    private static ColumnMapping fromProperties(Path file) throws IOException {
        var props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        Map<String, List<String>> properties = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("property.")) {
                properties.put(key.substring(9), List.of(props.getProperty(key).split("\\|")));
            } else if (key.startsWith("schemaValue.")) {
                values.put(key.substring(12), props.getProperty(key));
            } else if (!Set.of("id", "schema", "schemaColumn", "delimiter", "separator").contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' (id, schema, schemaColumn, schemaValue.X, delimiter, separator, property.X)");
            }
        }
        return new ColumnMapping(props.getProperty("id"), props.getProperty("schema", "Person"), props.getProperty("schemaColumn"),
                values, delimiter(props.getProperty("delimiter")), props.getProperty("separator"), properties);
    }

    private static @Nullable String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static char delimiter(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return ',';
        }
        if (value.equals("\\t") || value.equals("tab")) {
            return '\t';
        }
        if (value.length() != 1) {
            throw new IllegalArgumentException("delimiter: one character expected, got '" + value + "'");
        }
        return value.charAt(0);
    }
}
