package org.passage.geo.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * A snapshot contradicting its neighbours is set aside, not trusted: its occupied area jumps or drops by more
 * than {@value #JUMP} of the snapshot before it, and the snapshot after it is back within {@value #BACK} of that
 * one. A front does not lose three quarters of the occupied land in a week and take it back the next
 * ({@code nzz_2023-12-08}); a real advance or retreat stays in the following snapshot, so it is kept. The first
 * and the newest snapshot have no neighbour on one side and are never set aside.
 */
final class SnapshotPlausibility {

    static final double JUMP = 0.25;
    static final double BACK = 0.05;

    private SnapshotPlausibility() {
    }

    /** Why the snapshot with {@code area} between {@code before} and {@code after} is set aside, if it is. */
    static Optional<String> judge(double before, double area, double after) {
        if (before <= 0) {
            return Optional.empty();
        }
        double change = area / before - 1;
        double back = after / before - 1;
        if (Math.abs(change) <= JUMP || Math.abs(back) >= BACK) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "its occupied area is %+.0f%% against the snapshot before and the next one is back"
                + " within %.0f%% of that: it contradicts its neighbours", change * 100, Math.abs(back) * 100));
    }
}
