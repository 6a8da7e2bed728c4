package org.passage.checkins;

import java.time.Instant;
import java.util.UUID;
import org.passage.cases.CaseId;

/** The person checked in with the duress phrase: the highest alert is raised. Listeners must never answer the person differently. */
public record DuressSignalled(CaseId caseId, UUID organizationId, Instant at) {
}
