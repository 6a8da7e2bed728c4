package org.passage.vetting;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Counts of confirmed vetting decisions for reports; counts only, nothing personal. */
public interface VettingStatistics {

    /** Confirmed decisions of the organization whose confirmation day lies in [from, to], by outcome. */
    Map<DecisionView.Outcome, Long> outcomesOf(UUID organizationId, LocalDate from, LocalDate to);

    /**
     * Confirmed decisions of the organization whose confirmation day (UTC) lies in [from, to] and whose case had a
     * vetting run before, with the median of whole days from the case's first run to the confirmation (nearest
     * rank), or null when there are fewer than {@code minGroup} such decisions.
     */
    TimeToDecision timeToDecision(UUID organizationId, LocalDate from, LocalDate to, int minGroup);

    /** How many decisions, and their median days from first run to confirmation (null below the minimum group). */
    record TimeToDecision(long decisions, @org.jspecify.annotations.Nullable Long medianDays) {
        public TimeToDecision {
            if (decisions < 0 || (medianDays != null && medianDays < 0)) {
                throw new IllegalArgumentException("counts and days are at least 0");
            }
        }
    }
}
