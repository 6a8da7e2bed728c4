package org.passage.vetting.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A step a {@link Vetting} took since it was loaded, for {@link Vettings} to write (in the order taken). */
sealed interface VettingChange {

    record PeriodSaved(ServicePeriod period) implements VettingChange {
    }

    record PeriodRemoved(UUID periodId) implements VettingChange {
    }

    record RunRecorded(FindingLog.Run run, List<Finding> findings) implements VettingChange {
        public RunRecorded {
            findings = List.copyOf(findings);
        }
    }

    record FindingAdded(Finding finding) implements VettingChange {
    }

    record EvidenceAttached(UUID findingId, UUID evidenceId, Instant at, UUID by) implements VettingChange {
    }

    record DecisionProposed(Decision decision) implements VettingChange {
    }

    record DecisionReviewed(Decision decision) implements VettingChange {
    }

    record DecisionReopened(Decision decision) implements VettingChange {
    }
}
