package org.passage.geo.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The occupied-territory snapshots in date order. Snapshot {@code i} is in force from its date until the day
 * before snapshot {@code i + 1}; the newest one only on its own date, since nothing is known after it.
 */
final class OccupationSeries {

    private final Snapshot[] snapshots;
    private final LocalDate[] dates;

    OccupationSeries(List<Snapshot> snapshots) {
        this.snapshots = snapshots.toArray(Snapshot[]::new);
        this.dates = snapshots.stream().map(Snapshot::date).toArray(LocalDate[]::new);
        for (int i = 1; i < dates.length; i++) {
            if (!dates[i].isAfter(dates[i - 1])) {
                throw new IllegalArgumentException("snapshots out of order at " + dates[i]);
            }
            this.snapshots[i].follows(this.snapshots[i - 1]);
        }
    }

    /** How many snapshots reuse the polygons of the one before (only among those loaded). */
    int sharedCount() {
        int shared = 0;
        for (int i = 1; i < snapshots.length; i++) {
            if (snapshots[i].sharesAreaWith(snapshots[i - 1])) {
                shared++;
            }
        }
        return shared;
    }

    boolean isEmpty() {
        return snapshots.length == 0;
    }

    int size() {
        return snapshots.length;
    }

    Snapshot get(int index) {
        return snapshots[index];
    }

    LocalDate first() {
        return dates[0];
    }

    LocalDate last() {
        return dates[dates.length - 1];
    }

    /** Index of the snapshot in force on the date, or -1 before the first. */
    int indexAt(LocalDate date) {
        int found = Arrays.binarySearch(dates, date);
        return found >= 0 ? found : -found - 2;
    }

    /** Last day snapshot {@code index} stands for. */
    LocalDate inForceTo(int index) {
        return index + 1 < dates.length ? dates[index + 1].minusDays(1) : dates[index];
    }
}
