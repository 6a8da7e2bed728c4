package org.passage.units.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.days.TypedDay;

/**
 * An incident as an analyst enters or corrects it: the event's own dates (not the day it was published, which is kept
 * apart), the place, what happened, how well it is documented and the public sources. Validated on creation, naming
 * the field at fault: no incident without a source, no event ending before it starts, no publication before the event.
 */
record IncidentForm(String title, String place, @Nullable Double latitude, @Nullable Double longitude, LocalDate from, LocalDate to,
                    @Nullable LocalDate published, String summary, String documentation, List<String> sources, boolean civilianHarm) {

    static IncidentForm of(String title, String place, String latitude, String longitude, String from, String to, String published,
                           String summary, String documentation, String sources, boolean civilianHarm) {
        String t = required("title", title, 300);
        String p = required("place", place, 300);
        Double lat = coordinate("latitude", latitude, 90);
        Double lon = coordinate("longitude", longitude, 180);
        if (lat == null != (lon == null)) {
            throw new InvalidUnitInput(lat == null ? "latitude" : "longitude", "units.error.bothCoordinates");
        }
        LocalDate start = date("from", from, true);
        LocalDate end = to == null || to.isBlank() ? start : date("to", to, true);
        if (end.isBefore(start)) {
            throw new InvalidUnitInput("to", "units.error.incident.ends");
        }
        LocalDate pub = date("published", published, false);
        if (pub != null && pub.isBefore(start)) {
            throw new InvalidUnitInput("published", "units.error.incident.published");
        }
        String s = required("summary", summary, 4000);
        String level = documentation == null ? "" : documentation.strip();
        if (!level.equals("ESTABLISHED") && !level.equals("REPORTED")) {
            throw new InvalidUnitInput("documentation", "units.error.incident.documentation");
        }
        List<String> urls = sources == null ? List.of() : Arrays.stream(sources.split("[\\s,]+")).filter(u -> !u.isBlank()).distinct().toList();
        if (urls.isEmpty()) {
            throw new InvalidUnitInput("sources", "units.error.incident.noSource");
        }
        for (String url : urls) {
            if (!url.matches("https://[^\\s<>\"]{4,1000}")) {
                throw new InvalidUnitInput("sources", "units.error.incident.sourceUrl", url.length() > 80 ? url.substring(0, 80) : url);
            }
        }
        if (urls.size() > 20) {
            throw new InvalidUnitInput("sources", "units.error.incident.sources", 20);
        }
        return new IncidentForm(t, p, lat, lon, start, end, pub, s, level, urls, civilianHarm);
    }

    private static String required(String field, @Nullable String text, int max) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > max) {
            throw new InvalidUnitInput(field, "units.error.required", max);
        }
        return clean;
    }

    private static @Nullable Double coordinate(String field, @Nullable String text, double limit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            if (!Double.isFinite(value) || Math.abs(value) > limit) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidUnitInput(field, "units.error.degrees", (int) limit);
        }
    }

    static @Nullable LocalDate date(String field, @Nullable String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidUnitInput(field, "units.error.day.required");
            }
            return null;
        }
        try {
            return TypedDay.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidUnitInput(field, "units.error.day");
        }
    }
}
