package org.passage.units;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Loading the unit knowledge base from the shared data folder and saying what it holds, for an operator
 * ({@code passage units import}, {@code passage units status}). An import is atomic: on a structural fault in
 * any source nothing stored changes and {@link Refused} names the file, line and field.
 */
public interface UnitSources {

    /** Reads every unit and incident source under {@code data}, then infers the links; {@code progress} gets one line at a time. */
    Imported importAll(Path data, Consumer<String> progress);

    /**
     * Reads every unit and incident source from the live versions of the data catalogue (what {@code passage data
     * update} loaded) and records those versions; {@link Refused} names a dataset not loaded yet.
     */
    Imported importLive(Consumer<String> progress);

    /**
     * Adds a curated file of units, incidents and links (JSON, as {@code units/demo/units-demo.json}): its entries
     * count as an analyst's, so imports never overwrite them, and adding the same file again adds nothing twice.
     * Links are then inferred from the curated positions. The demo's units come this way; so could an
     * organization's own research.
     */
    void addCurated(InputStream json);

    /** What the knowledge base holds, by kind (units, aliases, positions, incidents, links …), in a stable order. */
    Map<String, Long> counts();

    /** When the last import ran and what it stored, if one ever did. */
    Optional<String> lastImport();

    /**
     * What one import read, stored and skipped; {@code skipped} lists the first malformed rows as "file line n: reason";
     * {@code refused} the labels that name no unit (an air base, "U/I VDV Unit"), each with the file and line it was first
     * seen at and how many rows carried it.
     */
    record Imported(long rowsRead, long seconds100, Map<String, Long> counts, List<String> skipped, long skippedCount, List<String> refused) {

        public Imported {
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts)); // in the order the report gave
            skipped = List.copyOf(skipped);
            refused = List.copyOf(refused);
        }

        public double rowsPerSecond() {
            return seconds100 == 0 ? rowsRead : rowsRead * 100.0 / seconds100;
        }
    }

    /** A structural fault in a source (broken CSV or JSON, a missing column): the import stopped and nothing changed. */
    final class Refused extends RuntimeException {

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
