package org.passage.units;

import java.time.LocalDate;
import java.util.Objects;
import org.passage.geo.Coordinates;

/** Where an OSINT mapper placed a unit on a date; {@code source} names the dataset ("uawardata", "DeepState"). */
public record UnitPosition(LocalDate date, Coordinates coordinates, String source) {

    public UnitPosition {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(source, "source");
    }
}
