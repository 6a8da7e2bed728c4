package org.passage.geo.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The occupied-territory snapshots in date order. Snapshot {@code i} is in force from its date until the day
 * before snapshot {@code i + 1}; the newest one only on its own date, since nothing is known after it. A snapshot
 * contradicting its neighbours ({@link SnapshotPlausibility}) is set aside: the one before it answers for its days.
 */
final class OccupationSeries {

    private final Snapshot[] snapshots;
    private final LocalDate[] dates;
    private final Map<Integer, Optional<String>> setAside = new ConcurrentHashMap<>();

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

    /** The snapshot answering for the days of snapshot {@code index}: itself, or the one before it when it is set aside. */
    Snapshot get(int index) {
        int answering = index;
        while (answering > 0 && setAside(answering).isPresent()) {
            answering--;
        }
        return snapshots[answering];
    }

    /** Snapshot {@code index} as published, set aside or not. */
    Snapshot published(int index) {
        return snapshots[index];
    }

    /** Why snapshot {@code index} is set aside (it reads its neighbours to judge), or empty when it is trusted. */
    Optional<String> setAside(int index) {
        if (index <= 0 || index >= snapshots.length - 1) {
            return Optional.empty();
        }
        Optional<String> known = setAside.get(index);
        if (known == null) {
            known = SnapshotPlausibility.judge(snapshots[index - 1].area().squareDegrees(), snapshots[index].area().squareDegrees(),
                    snapshots[index + 1].area().squareDegrees());
            setAside.put(index, known);
        }
        return known;
    }

    LocalDate dateAt(int index) {
        return dates[index];
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
