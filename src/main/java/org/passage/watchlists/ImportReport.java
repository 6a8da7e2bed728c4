package org.passage.watchlists;

import java.time.Duration;

/**
 * What an import did. {@code UNCHANGED} means the source (same digest, or the same entries) matches the live
 * version, and nothing was written. {@code added/changed/removed} compare with the previous live version.
 */
public record ImportReport(String list, Outcome outcome, int version, long entities, long added, long changed, long removed,
                           long skipped, String digest, Duration took) {

    public enum Outcome { ACTIVATED, UNCHANGED }

    public double entitiesPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds <= 0 ? 0 : entities / seconds;
    }
}
