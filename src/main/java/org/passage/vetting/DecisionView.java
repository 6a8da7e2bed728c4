package org.passage.vetting;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.security.SignOffIndependence.Flag;

/**
 * The vetting decision: proposed by one analyst, confirmed by another; locked once confirmed. {@code signOffFlags}:
 * what Passage could not rule out about the confirmation (the proposer's network address, a browser both accounts
 * used), so that nothing downstream states "two different analysts" more firmly than Passage knows it.
 */
public record DecisionView(Outcome outcome, String rationale, String proposedBy, Instant proposedAt,
                           @Nullable String confirmedBy, @Nullable Instant confirmedAt, boolean locked, Set<Flag> signOffFlags) {

    public DecisionView {
        signOffFlags = Set.copyOf(signOffFlags);
    }

    /** EXCLUSION_1F: Refugee Convention Art. 1F (war crimes, serious non-political crime); SECURITY_RISK: infiltration. */
    public enum Outcome { NO_CONCERNS, CONCERNS_TO_RESOLVE, EXCLUSION_1F, SECURITY_RISK }

    @Override
    public String toString() {
        return "DecisionView[" + outcome + ", locked=" + locked + ", rationale redacted]";
    }
}
