package org.passage.checkins;

import java.time.Instant;
import java.util.UUID;
import org.passage.cases.CaseId;

/** A person checked in (also published for a duress check-in, so listeners cannot tell them apart); no personal data. */
public record CheckInRecorded(CaseId caseId, UUID organizationId, CheckIns.Channel channel, Instant at) {
}
