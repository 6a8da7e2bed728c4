package org.passage.units.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the source parsers hand to the import, one record per usable row. */
final class SourceRecords {

    private SourceRecords() {
    }

    /** A unit placed at a point on a date by an OSINT mapper. */
    record Sighting(String name, List<String> aliases, @Nullable String number, @Nullable String parent, LocalDate date,
                    double latitude, double longitude, String dataset, String source) {
    }

    /** A unit named in a reference table (uawardata's units_wiki.csv), with its parent formation. */
    record UnitEntry(String name, @Nullable String parent, @Nullable String wikipedia, String source) {
    }

    /** An installation and the unit RUMILOC says uses it. */
    record Garrison(String unitName, String place, double latitude, double longitude, String source) {
    }

    record Incident(String dataset, String externalId, LocalDate from, LocalDate to, String place, double latitude,
                    double longitude, String title, String summary, boolean civilianHarm, List<String> sourceUrls) {
    }

    /** A row the SOURCES.md calls malformed (empty date, no coordinates …): counted and listed, not stored. */
    record Skipped(String file, long line, String reason) {

        @Override
        public String toString() {
            return file + " line " + line + ": " + reason;
        }
    }
}
