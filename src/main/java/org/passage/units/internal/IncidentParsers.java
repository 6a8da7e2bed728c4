package org.passage.units.internal;

import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.units.internal.SourceRecords.Incident;
import org.passage.units.internal.SourceRecords.Skipped;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parsers of the incident sets in ../shared/data/incidents: Bellingcat's "Civilian Harm in Ukraine" TimeMap
 * export (JSON, M/D/YYYY dates, sources in a second file) and CIR's Russia-Ukraine Monitor (CSV, ISO dates).
 * Events are read one at a time, never the whole array at once.
 */
final class IncidentParsers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Reads one value out of a larger document (an event of the array, a source of the object). */
    private static final tools.jackson.databind.ObjectReader ONE_VALUE = JSON.readerFor(JsonNode.class)
            .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** CIR groups that record military activity rather than harm to civilians; inference ignores them. */
    private static final List<String> MILITARY_GROUPS = List.of("russian military", "ukrainian military", "russian allies",
            "russian firing", "military infrastructure", "ground battle", "munitions");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "date", "latitude", "longitude");

    private IncidentParsers() {
    }

    /** Bellingcat's export_sources.json: source id → evidence URLs. Small (2,725 entries), so read whole. */
    static Map<String, List<String>> bellingcatSources(Reader in, String file) {
        Map<String, List<String>> urls = new HashMap<>();
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportProblem(file, parser.currentLocation().getLineNr(), "", "a JSON object of sources was expected");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String id = parser.currentName();
                parser.nextToken();
                JsonNode source = ONE_VALUE.readValue(parser);
                List<String> paths = new ArrayList<>();
                source.path("paths").forEach(p -> {
                    String url = p.asString("");
                    if (url.startsWith("https://") || url.startsWith("http://")) {
                        paths.add(url);
                    }
                });
                urls.put(id, paths);
            }
        } catch (JacksonException e) {
            throw new ImportProblem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "broken JSON: " + e.getOriginalMessage());
        }
        return urls;
    }

    static long bellingcatEvents(Reader in, String file, Map<String, List<String>> sources, SourceSink sink) {
        long count = 0;
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportProblem(file, parser.currentLocation().getLineNr(), "", "a JSON array of events was expected");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                long line = parser.currentLocation().getLineNr();
                JsonNode event = ONE_VALUE.readValue(parser);
                count++;
                String id = event.path("id").asString("");
                for (String field : EVENT_FIELDS) {
                    if (!event.has(field)) {
                        throw new ImportProblem(file, line, field, "event " + (id.isEmpty() ? "#" + count : id) + " has no " + field);
                    }
                }
                LocalDate date = monthDayYear(event.path("date").asString(""));
                Double lat = UnitSourceParsers.number(event.path("latitude").asString(""));
                Double lon = UnitSourceParsers.number(event.path("longitude").asString(""));
                if (id.isBlank() || date == null || lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                    sink.skipped(new Skipped(file, line, "event " + id + ": empty or bad id, date or coordinates"));
                    continue;
                }
                List<String> urls = new ArrayList<>();
                event.path("sources").forEach(s -> urls.addAll(sources.getOrDefault(s.asString(""), List.of())));
                String description = event.path("description").asString("");
                String place = event.path("location").asString("");
                sink.incident(new Incident("bellingcat", id, date, date, place, lat, lon, title(description, place),
                        description, true, urls.stream().distinct().limit(20).toList()));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new ImportProblem(file, parser.currentLocation().getLineNr(), "", "an event object was expected");
            }
        } catch (JacksonException e) {
            throw new ImportProblem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "", "broken JSON: " + e.getOriginalMessage());
        }
        return count;
    }

    static long cirEvents(Reader in, String file, SourceSink sink) {
        return CsvRows.read(in, file, List.of("entry", "date", "event_group", "title", "brief description", "lat", "lon",
                "town/city", "province", "link", "geolocation"), row -> {
            LocalDate date = UnitSourceParsers.date(row.get("date"));
            Double lat = UnitSourceParsers.number(row.get("lat"));
            Double lon = UnitSourceParsers.number(row.get("lon"));
            if (row.get("entry").isEmpty() || date == null || lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                sink.skipped(new Skipped(file, row.line(), "entry " + row.get("entry") + ": empty or bad entry, date or coordinates"));
                return;
            }
            String group = row.get("event_group").toLowerCase(java.util.Locale.ROOT);
            boolean harm = MILITARY_GROUPS.stream().noneMatch(group::startsWith);
            String town = row.get("town/city");
            String province = row.get("province");
            String place = town.isEmpty() ? province : province.isEmpty() ? town : town + ", " + province;
            String title = row.get("title").isEmpty() ? title(row.get("brief description"), place) : row.get("title");
            sink.incident(new Incident("cir", row.get("entry"), date, date, place, lat, lon, clip(title, 300),
                    row.get("brief description"), harm, UnitSourceParsers.urls(row.get("link"), row.get("geolocation"))));
        });
    }

    /** M/D/YYYY or MM/DD/YYYY, as TimeMap writes dates. */
    static @Nullable LocalDate monthDayYear(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 3) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static String title(String description, String place) {
        String first = description.split("(?<=[.!?])\\s", 2)[0];
        return clip(first.isBlank() ? place : first, 160);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
