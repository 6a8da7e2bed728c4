package org.passage.journeys;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when a new location was recorded for a case. The country and date only; the city stays sealed.
 */
public record WhereaboutsChanged(Whereabouts now, UUID organizationId, Instant recordedAt) {
}
