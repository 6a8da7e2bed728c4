package org.passage.units.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parsers of the two files Passage ships beside the datasets: the named formations (units without ordinals, with
 * their names in Russian, Ukrainian and English) and the curated 2014–2021 incidents and unit links. Every row is
 * checked when read: a fault stops the import naming the file, the row and the field (an incident or a link without
 * a citation, an https-less citation, an unreadable date, a link to an incident the file does not hold).
 */
final class KnowledgeFiles {

    static final String NAMED = "units/named-formations.json";
    static final String CURATED = "units/curated-2014-2021.json";
    static final String CURATED_DATASET = "curated-2014-2021";

    /** A formation without an ordinal: its names by language, the quoted names that identify it in labels. */
    record NamedFormation(String name, String type, String affiliation, @Nullable LocalDate existsFrom, List<String> ru,
                          List<String> uk, List<String> en, List<String> labels, List<String> children, List<String> sources) {
    }

    record CuratedUnit(String name, @Nullable String number, @Nullable String parent, List<String> ru, List<String> uk,
                       List<String> en, @Nullable String garrison, List<String> citations) {
    }

    record CuratedIncident(String id, LocalDate from, LocalDate to, @Nullable LocalDate published, String place,
                           @Nullable Double latitude, @Nullable Double longitude, boolean civilianHarm, String documentation,
                           String title, String summary, List<String> citations) {
    }

    record CuratedLink(String unit, String incident, String confidence, boolean coversFormation, String basis, List<String> citations) {
    }

    record Curated(List<CuratedUnit> units, List<CuratedIncident> incidents, List<CuratedLink> links) {
    }

    private KnowledgeFiles() {
    }

    static List<NamedFormation> named(Reader in, String file) {
        List<NamedFormation> out = new ArrayList<>();
        int i = 0;
        for (JsonNode f : array(read(in, file), "formations", file)) {
            String at = "formations[" + i++ + "]";
            out.add(new NamedFormation(text(f, "name", file, at), text(f, "type", file, at), text(f, "affiliation", file, at),
                    date(f, "exists_from", file, at, false), strings(f, "ru", file, at, false), strings(f, "uk", file, at, false),
                    strings(f, "en", file, at, false), strings(f, "labels", file, at, false), strings(f, "children", file, at, false),
                    strings(f, "sources", file, at, true)));
        }
        return out;
    }

    static Curated curated(Reader in, String file) {
        JsonNode root = read(in, file);
        List<CuratedUnit> units = new ArrayList<>();
        int i = 0;
        for (JsonNode u : array(root, "units", file)) {
            String at = "units[" + i++ + "]";
            String number = optional(u, "number");
            if (number != null && !number.matches("\\d{1,6}")) {
                throw new ImportProblem(file, 0, at + ".number", "a в/ч number is 1 to 6 digits");
            }
            units.add(new CuratedUnit(text(u, "name", file, at), number, optional(u, "parent"), strings(u, "ru", file, at, false),
                    strings(u, "uk", file, at, false), strings(u, "en", file, at, false), optional(u, "garrison"),
                    citations(u, file, at)));
        }
        List<CuratedIncident> incidents = new ArrayList<>();
        i = 0;
        for (JsonNode e : array(root, "incidents", file)) {
            String at = "incidents[" + i++ + "]";
            LocalDate from = date(e, "from", file, at, true);
            LocalDate to = date(e, "to", file, at, true);
            if (to.isBefore(from)) {
                throw new ImportProblem(file, 0, at + ".to", "the event ends before it starts");
            }
            LocalDate published = date(e, "published", file, at, false);
            if (published != null && published.isBefore(from)) {
                throw new ImportProblem(file, 0, at + ".published", "published before the event started");
            }
            String documentation = text(e, "documentation", file, at);
            if (!documentation.equals("ESTABLISHED") && !documentation.equals("REPORTED")) {
                throw new ImportProblem(file, 0, at + ".documentation", "ESTABLISHED or REPORTED");
            }
            Double lat = coordinate(e, "lat", 90, file, at);
            Double lon = coordinate(e, "lon", 180, file, at);
            if (lat == null != (lon == null)) {
                throw new ImportProblem(file, 0, at + ".lat", "give both lat and lon, or neither");
            }
            incidents.add(new CuratedIncident(text(e, "id", file, at), from, to, published, text(e, "place", file, at), lat, lon,
                    e.path("civilian_harm").asBoolean(false), documentation, text(e, "title", file, at), text(e, "summary", file, at),
                    citations(e, file, at)));
        }
        List<CuratedLink> links = new ArrayList<>();
        i = 0;
        for (JsonNode l : array(root, "links", file)) {
            String at = "links[" + i++ + "]";
            String incident = text(l, "incident", file, at);
            if (incidents.stream().noneMatch(e -> e.id().equals(incident))) {
                throw new ImportProblem(file, 0, at + ".incident", "no incident \"" + incident + "\" in this file");
            }
            String confidence = text(l, "confidence", file, at);
            if (!List.of("CONFIRMED", "PROBABLE", "POSSIBLE").contains(confidence)) {
                throw new ImportProblem(file, 0, at + ".confidence", "CONFIRMED, PROBABLE or POSSIBLE");
            }
            links.add(new CuratedLink(text(l, "unit", file, at), incident, confidence, l.path("covers_formation").asBoolean(false),
                    text(l, "basis", file, at), citations(l, file, at)));
        }
        return new Curated(units, incidents, links);
    }

    private static JsonNode read(Reader in, String file) {
        try {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            if (root == null || !root.isObject()) {
                throw new ImportProblem(file, 1, "", "not a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportProblem(file, line, "", "broken JSON: " + e.getOriginalMessage());
        }
    }

    private static Iterable<JsonNode> array(JsonNode root, String field, String file) {
        JsonNode node = root.path(field);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ImportProblem(file, 0, field, "not a list");
        }
        List<JsonNode> rows = new ArrayList<>();
        node.forEach(n -> {
            if (!n.isObject()) {
                throw new ImportProblem(file, 0, field, "a row is not an object");
            }
            rows.add(n);
        });
        return rows;
    }

    private static String text(JsonNode node, String field, String file, String at) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank() || value.asString().length() > 2000) {
            throw new ImportProblem(file, 0, at + "." + field, "required text of at most 2000 characters");
        }
        return value.asString().strip();
    }

    private static @Nullable String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    private static List<String> strings(JsonNode node, String field, String file, String at, boolean urls) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ImportProblem(file, 0, at + "." + field, "not a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : value) {
            if (!v.isString() || v.asString().isBlank() || v.asString().length() > 300 && !urls || v.asString().length() > 1000) {
                throw new ImportProblem(file, 0, at + "." + field, "a blank or too long entry");
            }
            if (urls && !v.asString().matches("https://[^\\s<>\"]{4,1000}")) {
                throw new ImportProblem(file, 0, at + "." + field, "a citation is an https:// address");
            }
            out.add(v.asString().strip());
        }
        return out;
    }

    /** At least one https:// citation: a row nobody can check is refused. */
    private static List<String> citations(JsonNode node, String file, String at) {
        List<String> citations = strings(node, "citations", file, at, true);
        if (citations.isEmpty()) {
            throw new ImportProblem(file, 0, at + ".citations", "every row cites at least one public source");
        }
        return citations;
    }

    private static @Nullable LocalDate date(JsonNode node, String field, String file, String at, boolean required) {
        String text = optional(node, field);
        if (text == null) {
            if (required) {
                throw new ImportProblem(file, 0, at + "." + field, "a date (YYYY-MM-DD) is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ImportProblem(file, 0, at + "." + field, "not a date (YYYY-MM-DD): " + text);
        }
    }

    private static @Nullable Double coordinate(JsonNode node, String field, double limit, String file, String at) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble()) || Math.abs(value.asDouble()) > limit) {
            throw new ImportProblem(file, 0, at + "." + field, "a coordinate in decimal degrees");
        }
        return value.asDouble();
    }
}
