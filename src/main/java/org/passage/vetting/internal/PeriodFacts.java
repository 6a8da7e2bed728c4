package org.passage.vetting.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.geo.TerritoryStatus;
import org.passage.units.FormationIncident;
import org.passage.units.NearbyIncident;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitPosition;
import org.passage.units.UnitView;

/**
 * What the other features answered about one period, gathered before the rules run so that the rules stay pure:
 * the territory status over the period (or why there is none), the unit, its incidents and its OSINT positions,
 * the incidents documented near the claimed place during the period whatever the unit, and the documented links of
 * the formations above his unit and the units below it.
 */
record PeriodFacts(ServicePeriod period, @Nullable TerritoryStatus territory, @Nullable String territoryProblem,
                   @Nullable UnitView unit, List<UnitIncidentView> incidents, List<UnitPosition> positions,
                   List<NearbyIncident> nearby, List<FormationIncident> formation) {

    PeriodFacts {
        incidents = List.copyOf(incidents);
        positions = List.copyOf(positions);
        nearby = List.copyOf(nearby);
        formation = List.copyOf(formation);
    }

    /** Facts without the links of the formations above and the units below his unit. */
    PeriodFacts(ServicePeriod period, @Nullable TerritoryStatus territory, @Nullable String territoryProblem,
                @Nullable UnitView unit, List<UnitIncidentView> incidents, List<UnitPosition> positions, List<NearbyIncident> nearby) {
        this(period, territory, territoryProblem, unit, incidents, positions, nearby, List.of());
    }

    /** Facts without incidents found by place. */
    PeriodFacts(ServicePeriod period, @Nullable TerritoryStatus territory, @Nullable String territoryProblem,
                @Nullable UnitView unit, List<UnitIncidentView> incidents, List<UnitPosition> positions) {
        this(period, territory, territoryProblem, unit, incidents, positions, List.of());
    }
}
