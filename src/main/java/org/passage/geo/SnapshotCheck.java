package org.passage.geo;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One occupied-territory snapshot checked for a period: its date and source, the days it stands for (until the
 * next snapshot), whether the point was inside the occupied area, and its distance to the line of contact.
 */
public record SnapshotCheck(LocalDate snapshotDate, LocalDate inForceFrom, LocalDate inForceTo, String source,
                            boolean occupied, @Nullable Double distanceToLineKm) {
}
