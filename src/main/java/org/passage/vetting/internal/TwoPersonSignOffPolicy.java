package org.passage.vetting.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with a vetting decision. Only vetting analysts decide; the analyst who proposed may never
 * confirm or return his own proposal (the database refuses it too); nothing is proposed while another proposal
 * waits or a confirmed decision stands; a confirmed decision locks periods and findings until reopened.
 */
final class TwoPersonSignOffPolicy {

    private TwoPersonSignOffPolicy() {
    }

    /** The latest decision of the case, if any: the one that counts. */
    static @Nullable Decision current(List<Decision> newestFirst) {
        return newestFirst.isEmpty() ? null : newestFirst.getFirst();
    }

    static void mayPropose(@Nullable Decision current) {
        if (current != null && current.state() == Decision.State.PROPOSED) {
            throw new InvalidVettingInput("outcome", "vetting.error.decision.pending", "a proposal is waiting for a second analyst");
        }
        if (current != null && current.locks()) {
            throw new InvalidVettingInput("outcome", "vetting.error.locked", "the vetting is decided and locked; reopen it first");
        }
    }

    static Decision mayReview(@Nullable Decision current, UUID reviewer) {
        if (current == null || current.state() != Decision.State.PROPOSED) {
            throw new InvalidVettingInput("review", "vetting.error.decision.nothingToReview", "there is no proposal to confirm or return");
        }
        if (current.proposedBy().equals(reviewer)) {
            throw new InvalidVettingInput("review", "vetting.error.decision.samePerson",
                    "you proposed this decision: a second analyst must confirm or return it");
        }
        return current;
    }

    static Decision mayReopen(@Nullable Decision current) {
        if (current == null || !current.locks()) {
            throw new InvalidVettingInput("reopen", "vetting.error.decision.notLocked", "only a confirmed decision can be reopened");
        }
        return current;
    }

    static void mayEdit(@Nullable Decision current) {
        if (current != null && current.locks()) {
            throw new InvalidVettingInput("locked", "vetting.error.locked", "the vetting is decided and locked; reopen it first");
        }
    }
}
