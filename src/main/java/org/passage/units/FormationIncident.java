package org.passage.units;

import java.util.Objects;
import java.util.UUID;

/**
 * A documented incident link of a unit above or below the one asked about in the hierarchy: the division of his
 * regiment (PARENT), or a regiment of his division (CHILD). {@code via} names the unit the link belongs to and
 * {@code subordination} the source that puts it in the hierarchy; {@code coversFormation} is true when the link's
 * source documents the whole formation, not one of its parts.
 */
public record FormationIncident(UnitIncidentView incident, UUID viaId, String via, Relation relation, boolean coversFormation,
                                String subordination) {

    /** Where the unit the link belongs to stands relative to his unit. */
    public enum Relation { PARENT, CHILD }

    public FormationIncident {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(viaId, "viaId");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(subordination, "subordination");
    }
}
