package org.passage.units.internal;

import java.util.List;
import java.util.Map;
import org.passage.units.internal.SourceRecords.Skipped;

/** What one import read, stored, skipped, refused (labels that name no unit, with file and line) and inferred. */
record ImportReport(long rowsRead, long seconds100, Map<String, Long> counts, List<Skipped> skipped, long skippedCount,
                    List<String> refused) {

    double rowsPerSecond() {
        return seconds100 == 0 ? rowsRead : rowsRead * 100.0 / seconds100;
    }
}
