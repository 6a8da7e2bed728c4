package org.passage.cases;

import java.util.UUID;

/** Published when a case is opened; carries no personal data. */
public record CaseOpened(CaseId caseId, UUID organizationId) {
}
