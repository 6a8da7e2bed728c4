package org.passage.geo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer for a point and a period, with what it rests on: the country polygon hit, the Ukrainian oblast and
 * raion, every snapshot checked, since when the point was occupied, and notes on anything uncertain.
 *
 * @param occupiedSince first day of the occupation that covers the period's first occupied snapshot: the first
 *                      snapshot showing it, or the 2014 date for Crimea and the areas of Donetsk and Luhansk held
 *                      before 2022
 * @param unchecked     the days of the period no snapshot or rule covers (no data loaded for them): nothing is
 *                      known there, so the answer can never be "not occupied" for them
 * @param warnings      what makes the answer less trustworthy than it looks, such as data older than allowed
 */
public record TerritoryStatus(Coordinates point, DatePeriod period, GeoStatus status, @Nullable String country,
                              @Nullable String area, Occupation occupation, @Nullable LocalDate occupiedSince,
                              List<SnapshotCheck> checks, List<String> notes, List<DatePeriod> unchecked,
                              List<String> warnings) {

    public TerritoryStatus {
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
        unchecked = List.copyOf(unchecked);
        warnings = List.copyOf(warnings);
        if (status == GeoStatus.UKRAINE && !unchecked.isEmpty()) {
            throw new IllegalArgumentException("a period with unchecked days cannot be called not occupied");
        }
    }

    /** A status every day of which was checked, without warnings. */
    public TerritoryStatus(Coordinates point, DatePeriod period, GeoStatus status, @Nullable String country,
                           @Nullable String area, Occupation occupation, @Nullable LocalDate occupiedSince,
                           List<SnapshotCheck> checks, List<String> notes) {
        this(point, period, status, country, area, occupation, occupiedSince, checks, notes, List.of(), List.of());
    }
}
