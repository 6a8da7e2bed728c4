package org.passage.units.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.units.UnitIncidentView;

/** A unit ↔ incident link as the unit page shows it: the incident, why it is linked, and the analyst's decision. */
record IncidentLink(UUID linkId, UnitIncidentView incident, String basis, String origin, @Nullable String decision,
                    @Nullable String decisionReason, String record) {
}
