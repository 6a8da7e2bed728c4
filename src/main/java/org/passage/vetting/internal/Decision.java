package org.passage.vetting.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.vetting.DecisionView.Outcome;

/**
 * One proposal of a vetting outcome and what became of it: returned with a reason, confirmed by a second analyst
 * (which locks the vetting) or, once confirmed, reopened with a reason. Rationale and reasons are personal.
 */
public record Decision(UUID id, Outcome outcome, String rationale, List<UUID> citedFindings, UUID proposedBy, Instant proposedAt,
                State state, @Nullable UUID reviewedBy, @Nullable Instant reviewedAt, @Nullable String reviewReason,
                @Nullable UUID reopenedBy, @Nullable Instant reopenedAt, @Nullable String reopenReason) {

    public enum State { PROPOSED, RETURNED, CONFIRMED, REOPENED }

    public Decision {
        citedFindings = List.copyOf(citedFindings);
    }

    public boolean locks() {
        return state == State.CONFIRMED;
    }

    public boolean isOpen() {
        return state == State.PROPOSED || state == State.CONFIRMED;
    }

    @Override
    public String toString() {
        return "Decision[" + id + ", " + outcome + ", " + state + ", REDACTED]";
    }
}
