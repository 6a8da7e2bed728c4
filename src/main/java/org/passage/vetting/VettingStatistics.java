package org.passage.vetting;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Counts of confirmed vetting decisions for reports; counts only, nothing personal. */
public interface VettingStatistics {

    /** Confirmed decisions of the organization whose confirmation day lies in [from, to], by outcome. */
    Map<DecisionView.Outcome, Long> outcomesOf(UUID organizationId, LocalDate from, LocalDate to);
}
