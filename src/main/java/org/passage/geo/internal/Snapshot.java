package org.passage.geo.internal;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One dated snapshot of the occupied territory, read from its file on first use: a date's question touches one
 * snapshot, so the command line never pays for the whole series.
 */
final class Snapshot {

    private final LocalDate date;
    private final String source;
    private final Supplier<OccupiedArea> loader;
    private volatile @Nullable OccupiedArea area;
    private @Nullable Snapshot previous;

    Snapshot(LocalDate date, String source, Supplier<OccupiedArea> loader) {
        this.date = date;
        this.source = source;
        this.loader = loader;
    }

    static Snapshot loaded(LocalDate date, String source, OccupiedArea area) {
        Snapshot snapshot = new Snapshot(date, source, () -> area);
        snapshot.area = area;
        return snapshot;
    }

    LocalDate date() {
        return date;
    }

    /** Where the snapshot comes from: "NZZ nzz_2022-03-14.geojson". */
    String source() {
        return source;
    }

    OccupiedArea area() {
        OccupiedArea loaded = area;
        if (loaded == null) {
            synchronized (this) {
                loaded = area;
                if (loaded == null) {
                    loaded = loader.get();
                    Snapshot before = previous;
                    if (before != null && before.isLoaded() && before.area().sameAs(loaded)) {
                        loaded = before.area(); // share memory and the line of contact
                    }
                    area = loaded;
                }
            }
        }
        return loaded;
    }

    LineOfContact line(Supplier<LineOfContact> builder) {
        return area().line(builder);
    }

    /** The snapshot before this one, whose area this one reuses when it turns out identical. */
    void follows(Snapshot before) {
        this.previous = before;
    }

    boolean sharesAreaWith(Snapshot other) {
        return isLoaded() && other.isLoaded() && area == other.area;
    }

    boolean isLoaded() {
        return area != null;
    }
}
