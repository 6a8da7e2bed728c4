package org.passage.units.internal;

import org.passage.units.internal.SourceRecords.Garrison;
import org.passage.units.internal.SourceRecords.Incident;
import org.passage.units.internal.SourceRecords.Sighting;
import org.passage.units.internal.SourceRecords.Skipped;
import org.passage.units.internal.SourceRecords.UnitEntry;

/** Where the parsers put what they read; the import stores it, tests collect it. */
interface SourceSink {

    default void unit(UnitEntry unit) {
    }

    default void sighting(Sighting sighting) {
    }

    default void garrison(Garrison garrison) {
    }

    default void incident(Incident incident) {
    }

    void skipped(Skipped skipped);
}
