package org.passage.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.geo.Coordinates;

/** The unit knowledge base as other features use it. Nothing here is personal data; no case access needed. */
public interface UnitDirectory {

    /**
     * Resolves free text an applicant gave ("в/ч 51460", "64 омсбр", "64th Separate Motor Rifle Brigade",
     * "64-я отдельная мотострелковая бригада") to known units, best first; empty if nothing is close.
     */
    List<UnitMatch> resolve(String text, int limit);

    /** The unit, or the unit it was merged into. */
    Optional<UnitView> unit(UUID unitId);

    /** Incidents linked to the unit (any confidence, reviewed or not) whose dates overlap [from, to]. */
    List<UnitIncidentView> incidentsDuring(UUID unitId, LocalDate from, LocalDate to);

    /**
     * Documented links (confirmed, by an analyst or a cited source; never inferred leads) of the formations above the
     * unit and of the units below it, whose subordination and incident dates both overlap [from, to].
     */
    List<FormationIncident> formationIncidentsDuring(UUID unitId, LocalDate from, LocalDate to);

    /**
     * Civilian-harm incidents within {@code km} of a place whose dates overlap [from, to], whatever unit was there:
     * best documented first, then nearest.
     */
    List<NearbyIncident> incidentsNear(Coordinates place, double km, LocalDate from, LocalDate to);

    /** Where OSINT mappers placed the unit between from and to (DeepState, uawardata), oldest first. */
    List<UnitPosition> positionsDuring(UUID unitId, LocalDate from, LocalDate to);
}
