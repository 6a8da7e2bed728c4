package org.passage.checkins;

import java.time.Instant;
import java.util.UUID;
import org.passage.cases.CaseId;

/** A check-in due at {@code dueAt} was missed and its alert reached {@code level} (1 caseworker, 2 coordinator, 3 on-call …). */
public record CheckInMissed(CaseId caseId, UUID organizationId, Instant dueAt, int level) {
}
