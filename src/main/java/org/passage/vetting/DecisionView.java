package org.passage.vetting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The vetting decision: proposed by one analyst, confirmed by another; locked once confirmed. */
public record DecisionView(Outcome outcome, String rationale, String proposedBy, Instant proposedAt,
                           @Nullable String confirmedBy, @Nullable Instant confirmedAt, boolean locked) {

    /** EXCLUSION_1F: Refugee Convention Art. 1F (war crimes, serious non-political crime); SECURITY_RISK: infiltration. */
    public enum Outcome { NO_CONCERNS, CONCERNS_TO_RESOLVE, EXCLUSION_1F, SECURITY_RISK }

    @Override
    public String toString() {
        return "DecisionView[" + outcome + ", locked=" + locked + ", rationale redacted]";
    }
}
