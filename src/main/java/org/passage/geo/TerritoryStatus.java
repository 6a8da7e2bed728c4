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
 */
public record TerritoryStatus(Coordinates point, DatePeriod period, GeoStatus status, @Nullable String country,
                              @Nullable String area, Occupation occupation, @Nullable LocalDate occupiedSince,
                              List<SnapshotCheck> checks, List<String> notes) {

    public TerritoryStatus {
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
    }
}
