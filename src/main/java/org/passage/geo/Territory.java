package org.passage.geo;

import java.time.LocalDate;

/**
 * Answers where a point lay on a date or over a period. Thread-safe. Dates outside {@link #coverage()} are refused
 * with {@link OutOfRangeException}.
 */
public interface Territory {

    /** The full answer, with every snapshot of the period checked and the distance to the line of contact. */
    TerritoryStatus status(Coordinates point, DatePeriod period);

    /** Only the status on one day: the fast path for bulk checks (no distances, no areas). */
    GeoStatus statusAt(Coordinates point, LocalDate date);

    /** The days the loaded data can answer for. */
    DatePeriod coverage();

    /**
     * What makes every answer less trustworthy than it looks (occupied-territory data older than the configured
     * maximum age); empty when the data is fresh.
     */
    default java.util.List<String> warnings() {
        return java.util.List.of();
    }

    /** One line per loaded source, for "why" output and the vetting report. */
    java.util.List<String> sources();

    /**
     * What a map of that day shows, as a GeoJSON FeatureCollection the application serves itself (no tile server):
     * the outlines of Ukraine (Crimea included), Russia and Belarus, and the area held that day. Each feature has
     * the properties {@code layer} ("country" or "occupied"), {@code name} and, for the occupied area,
     * {@code source} and {@code snapshotDate}. Simplified to about 1 km for the browser.
     *
     * @throws OutOfRangeException for a day outside {@link #coverage()}
     */
    String mapLayers(LocalDate date);
}
