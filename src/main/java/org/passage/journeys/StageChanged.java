package org.passage.journeys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;

/**
 * Published when a case moved to another stage (within the transaction of the change). Carries no personal
 * data: the reason stays sealed in this feature. {@code from} is null for the first stage of a case.
 */
public record StageChanged(CaseId caseId, UUID organizationId, @Nullable Stage from, Stage to, LocalDate effective,
                           boolean correction, Instant recordedAt) {
}
