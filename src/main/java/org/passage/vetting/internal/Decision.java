package org.passage.vetting.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.security.SignOffIndependence.Flag;
import org.passage.vetting.DecisionView.Outcome;

/**
 * One proposal of a vetting outcome and what became of it: returned with a reason, confirmed by a second analyst
 * (which locks the vetting) or, once confirmed, reopened with a reason. Rationale and reasons are personal.
 * {@code reviewFlags}: what Passage could not rule out about the second sign-off (same network address as the proposer
 * recently, a browser both accounts logged in with), shown on the decision.
 */
public record Decision(UUID id, Outcome outcome, String rationale, List<UUID> citedFindings, UUID proposedBy, Instant proposedAt,
                State state, @Nullable UUID reviewedBy, @Nullable Instant reviewedAt, @Nullable String reviewReason,
                @Nullable UUID reopenedBy, @Nullable Instant reopenedAt, @Nullable String reopenReason, Set<Flag> reviewFlags) {

    public enum State { PROPOSED, RETURNED, CONFIRMED, REOPENED }

    public Decision {
        citedFindings = List.copyOf(citedFindings);
        reviewFlags = Set.copyOf(reviewFlags);
    }

    /** A decision whose second sign-off raised no flag (or that has none yet). */
    public Decision(UUID id, Outcome outcome, String rationale, List<UUID> citedFindings, UUID proposedBy, Instant proposedAt,
                    State state, @Nullable UUID reviewedBy, @Nullable Instant reviewedAt, @Nullable String reviewReason,
                    @Nullable UUID reopenedBy, @Nullable Instant reopenedAt, @Nullable String reopenReason) {
        this(id, outcome, rationale, citedFindings, proposedBy, proposedAt, state, reviewedBy, reviewedAt, reviewReason, reopenedBy,
                reopenedAt, reopenReason, Set.of());
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
