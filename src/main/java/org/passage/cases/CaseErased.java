package org.passage.cases;

import java.util.UUID;

/** Published when a case was erased (its key destroyed); carries no personal data. Features stop working on it. */
public record CaseErased(CaseId caseId, UUID organizationId) {
}
