package org.passage.vetting.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.geo.TerritoryStatus;
import org.passage.units.NearbyIncident;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitPosition;
import org.passage.units.UnitView;

/**
 * What the other features answered about one period, gathered before the rules run so that the rules stay pure:
 * the territory status over the period (or why there is none), the unit, its incidents and its OSINT positions,
 * and the incidents documented near the claimed place during the period whatever the unit.
 */
record PeriodFacts(ServicePeriod period, @Nullable TerritoryStatus territory, @Nullable String territoryProblem,
                   @Nullable UnitView unit, List<UnitIncidentView> incidents, List<UnitPosition> positions,
                   List<NearbyIncident> nearby) {

    PeriodFacts {
        incidents = List.copyOf(incidents);
        positions = List.copyOf(positions);
        nearby = List.copyOf(nearby);
    }

    /** Facts without incidents found by place. */
    PeriodFacts(ServicePeriod period, @Nullable TerritoryStatus territory, @Nullable String territoryProblem,
                @Nullable UnitView unit, List<UnitIncidentView> incidents, List<UnitPosition> positions) {
        this(period, territory, territoryProblem, unit, incidents, positions, List.of());
    }
}
