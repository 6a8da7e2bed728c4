package org.passage.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A unit of the knowledge base.
 *
 * @param number          the в/ч (military unit) number, digits only, when known
 * @param sanctionEntries captions of list entries an analyst confirmed name this unit (or the curated demo's),
 *                        e.g. "64TH GUARDS DETACHED MOTOR RIFLE BRIGADE (ofac-sdn)": documented
 * @param formationType   for a named formation: PMC, VOLUNTEER_UNIT, ROSGVARDIA, FSB, RESERVE …; null for a regular unit
 * @param affiliation     whom a named formation answers to ("Rosgvardia (Chechen Republic)")
 * @param existsFrom      the first day the unit existed, where a source gives it
 * @param existsTo        the last day, where a source gives it (disbanded, renamed)
 * @param sanctionLeads   captions of list entries the screening engine matched and nobody reviewed yet
 */
public record UnitView(UUID id, String name, @Nullable String number, List<String> aliases, @Nullable String parentName,
                       List<String> garrisons, List<String> sanctionEntries, @Nullable String formationType,
                       @Nullable String affiliation, @Nullable LocalDate existsFrom, @Nullable LocalDate existsTo,
                       List<String> sanctionLeads) {

    public UnitView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a unit needs a name");
        }
        if (number != null && !number.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("a unit number is digits only, got " + number);
        }
        if (existsFrom != null && existsTo != null && existsTo.isBefore(existsFrom)) {
            throw new IllegalArgumentException("a unit ceases to exist after it was formed");
        }
        aliases = List.copyOf(aliases);
        garrisons = List.copyOf(garrisons);
        sanctionEntries = List.copyOf(sanctionEntries);
        sanctionLeads = List.copyOf(sanctionLeads);
    }

    /** A regular unit without existence dates or unreviewed list matches. */
    public UnitView(UUID id, String name, @Nullable String number, List<String> aliases, @Nullable String parentName,
                    List<String> garrisons, List<String> sanctionEntries) {
        this(id, name, number, aliases, parentName, garrisons, sanctionEntries, null, null, null, null, List.of());
    }

    /** Whether the unit existed on some day of [from, to], as far as its known dates tell. */
    public boolean existedDuring(LocalDate from, LocalDate to) {
        return (existsFrom == null || !to.isBefore(existsFrom)) && (existsTo == null || !from.isAfter(existsTo));
    }
}
