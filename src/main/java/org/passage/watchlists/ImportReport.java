package org.passage.watchlists;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. {@code UNCHANGED} means the source (same digest, or the same entries) matches the live
 * version, and nothing was written. {@code added/changed/removed} compare with the previous live version.
 * {@code warnings} (the first few of {@code warningCount}) name records imported as printed though odd, such as
 * a word mixing Latin and Cyrillic letters that could not be repaired.
 */
public record ImportReport(String list, Outcome outcome, int version, long entities, long added, long changed, long removed,
                           long skipped, long warningCount, List<String> warnings, String digest, Duration took) {

    public ImportReport {
        warnings = List.copyOf(warnings);
    }

    public enum Outcome { ACTIVATED, UNCHANGED }

    public double entitiesPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds <= 0 ? 0 : entities / seconds;
    }
}
