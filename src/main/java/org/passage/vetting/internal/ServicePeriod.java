package org.passage.vetting.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.geo.Coordinates;

/** A claimed period of service of a case's applicant, as stored; {@code unitId} is a unit of the unit directory. */
public record ServicePeriod(UUID id, CaseId caseId, ServiceClaim claim, @Nullable UUID unitId, ClaimedDates dates,
                     SourceKind sourceKind, Instant recordedAt, UUID recordedBy) {

    public @Nullable Coordinates coordinates() {
        return claim.hasCoordinates() ? new Coordinates(claim.latitude(), claim.longitude()) : null;
    }

    @Override
    public String toString() {
        return "ServicePeriod[" + id + ", " + dates.earliest() + ".." + dates.latest() + ", claim REDACTED]";
    }
}
