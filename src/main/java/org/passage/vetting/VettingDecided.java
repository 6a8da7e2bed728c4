package org.passage.vetting;

import java.time.Instant;
import org.passage.cases.CaseId;

/** Published when the second analyst confirms a vetting decision; carries nothing personal. */
public record VettingDecided(CaseId caseId, DecisionView.Outcome outcome, Instant at) {
}
