package org.passage.units.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.units.internal.SourceRecords.Garrison;
import org.passage.units.internal.SourceRecords.Sighting;
import org.passage.units.internal.SourceRecords.Skipped;
import org.passage.units.internal.SourceRecords.UnitEntry;

/**
 * Parsers of the unit sources in ../shared/data/military-units: uawardata (units_all, btgs_all, units_wiki),
 * DeepState's weekly unit labels and RUMILOC's installations. Structural faults throw {@link ImportProblem};
 * rows with an empty or impossible date or coordinate are reported as {@link Skipped}.
 */
final class UnitSourceParsers {

    private UnitSourceParsers() {
    }

    static long uawardataUnits(Reader in, String file, SourceSink sink) {
        return CsvRows.read(in, file, List.of("date", "lat", "lng", "unit", "subordinate_to", "country"), row -> {
            if (!row.get("country").equalsIgnoreCase("ru")) {
                return;
            }
            position(row, "lat", "lng", sink, (date, lat, lon) -> sink.sighting(new Sighting(row.get("unit"), List.of(),
                    null, blankToNull(row.get("subordinate_to")), date, lat, lon, "uawardata", file + " line " + row.line())));
        });
    }

    static long uawardataBtgs(Reader in, String file, SourceSink sink) {
        return CsvRows.read(in, file, List.of("date", "lat", "lng", "unit", "country"), row -> {
            if (!row.get("country").equalsIgnoreCase("ru")) {
                return;
            }
            position(row, "lat", "lng", sink, (date, lat, lon) -> sink.sighting(new Sighting(row.get("unit"), List.of(), null,
                    null, date, lat, lon, "uawardata BTG", file + " line " + row.line())));
        });
    }

    static long uawardataWiki(Reader in, String file, SourceSink sink) {
        return CsvRows.read(in, file, List.of("unit", "subordinate_to", "wikipedia"), row -> {
            if (row.get("unit").isEmpty()) {
                sink.skipped(new Skipped(file, row.line(), "empty unit"));
                return;
            }
            sink.unit(new UnitEntry(row.get("unit"), blankToNull(row.get("subordinate_to")), blankToNull(row.get("wikipedia")),
                    file + " line " + row.line()));
        });
    }

    static long deepState(Reader in, String file, SourceSink sink) {
        return CsvRows.read(in, file, List.of("snapshot_utc", "kind", "name_uk", "name_en", "military_unit_number", "lon", "lat"), row -> {
            if (!row.get("kind").equals("unit")) {
                return;
            }
            String uk = row.get("name_uk");
            String en = row.get("name_en");
            if (uk.isEmpty() && en.isEmpty()) {
                sink.skipped(new Skipped(file, row.line(), "unit label without a name"));
                return;
            }
            String snapshot = row.get("snapshot_utc");
            if (snapshot.length() < 10) {
                sink.skipped(new Skipped(file, row.line(), "empty or short snapshot_utc"));
                return;
            }
            LocalDate date = date(snapshot.substring(0, 10));
            Double lat = number(row.get("lat"));
            Double lon = number(row.get("lon"));
            if (date == null || lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                sink.skipped(new Skipped(file, row.line(), "bad snapshot_utc, lat or lon"));
                return;
            }
            String number = row.get("military_unit_number");
            String name = uk.isEmpty() ? en : uk;
            List<String> aliases = en.isEmpty() || uk.isEmpty() ? List.of() : List.of(en);
            sink.sighting(new Sighting(name, aliases, number.matches("\\d{1,6}") ? number : null, null, date, lat, lon,
                    "DeepState", file + " line " + row.line()));
        });
    }

    static long rumiloc(Reader in, String file, SourceSink sink) {
        return CsvRows.read(in, file, List.of("location", "main_user", "lat", "lon"), row -> {
            String user = row.get("main_user");
            if (user.isEmpty() || user.equalsIgnoreCase("unknown")) {
                return;
            }
            Double lat = number(row.get("lat"));
            Double lon = number(row.get("lon"));
            if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                sink.skipped(new Skipped(file, row.line(), "bad lat or lon"));
                return;
            }
            sink.garrison(new Garrison(user, row.get("location"), lat, lon, "RUMILOC " + file + " line " + row.line()));
        });
    }

    private interface Located {
        void accept(LocalDate date, double lat, double lon);
    }

    private static void position(CsvRows.Row row, String latColumn, String lonColumn, SourceSink sink, Located located) {
        if (row.get("unit").isEmpty()) {
            sink.skipped(new Skipped(row.file(), row.line(), "empty unit"));
            return;
        }
        LocalDate date = date(row.get("date"));
        if (date == null) {
            sink.skipped(new Skipped(row.file(), row.line(), "empty or bad date \"" + row.get("date") + "\""));
            return;
        }
        Double lat = number(row.get(latColumn));
        Double lon = number(row.get(lonColumn));
        if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            sink.skipped(new Skipped(row.file(), row.line(), "empty or bad coordinates"));
            return;
        }
        located.accept(date, lat, lon);
    }

    static @Nullable LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable Double number(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    static List<String> urls(String... candidates) {
        List<String> urls = new ArrayList<>();
        for (String candidate : candidates) {
            for (String part : candidate.split("[,\\s]+")) {
                if (part.startsWith("https://") || part.startsWith("http://")) {
                    urls.add(part);
                }
            }
        }
        return urls;
    }
}
