package org.passage.vetting.internal;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.security.SignOffIndependence;

/**
 * The two-person rule, asked by {@link Vetting} before each change and by nobody else: the analyst who proposed
 * may never confirm or return his own proposal (the database refuses it too); nothing is proposed while another
 * proposal waits, a confirmed decision stands, or the findings do not reflect the periods as they are now; a
 * confirmed decision locks periods, runs and findings until it is reopened with a reason. A confirmation is also refused
 * when it comes from a browser the proposer logged in with, or from a browser Passage cannot recognise
 * ({@link SignOffIndependence}): one person holding two analyst accounts would otherwise sign twice from one seat.
 */
final class TwoPersonSignOffPolicy {

    /** Why a step is refused, in the words of the page; {@code field} is where the page shows it. */
    enum Refusal {
        LOCKED("locked", "vetting.error.locked", "the vetting is decided and locked; reopen it first"),
        PROPOSAL_LOCKED("outcome", "vetting.error.locked", "the vetting is decided and locked; reopen it first"),
        PROPOSAL_PENDING("outcome", "vetting.error.decision.pending", "a proposal is waiting for a second analyst"),
        NOT_RUN("outcome", "vetting.error.run.none", "run the vetting before proposing a decision"),
        RUN_STALE("outcome", "vetting.error.run.stale", "the service periods changed since the last run: run the vetting again first"),
        NOTHING_TO_REVIEW("review", "vetting.error.decision.nothingToReview", "there is no proposal to confirm or return"),
        SAME_PERSON("review", "vetting.error.decision.samePerson", "you proposed this decision: a second analyst must confirm or return it"),
        SAME_DEVICE("review", "vetting.error.decision.sameDevice",
                "the analyst who proposed this decision logged in with this browser: a second analyst confirms from his own device"),
        RUN_SINCE_PROPOSAL("review", "vetting.error.decision.runSinceProposal",
                "the vetting was run again after this proposal: return it, so that it is proposed again on the findings of now"),
        DEVICE_UNKNOWN("review", "vetting.error.decision.deviceUnknown",
                "Passage cannot recognise this browser (its cookies were cleared since login): log in again, then confirm"),
        NOT_LOCKED("reopen", "vetting.error.decision.notLocked", "only a confirmed decision can be reopened");

        private final String field;
        private final String messageKey;
        private final String english;

        Refusal(String field, String messageKey, String english) {
            this.field = field;
            this.messageKey = messageKey;
            this.english = english;
        }

        InvalidVettingInput asInput() {
            return new InvalidVettingInput(field, messageKey, english);
        }
    }

    /** Periods, runs, findings and evidence change only while no confirmed decision stands. */
    Optional<Refusal> change(@Nullable Decision current) {
        return current != null && current.locks() ? Optional.of(Refusal.LOCKED) : Optional.empty();
    }

    /** {@code runCurrent}: the latest run judged the periods as they are now. */
    Optional<Refusal> propose(@Nullable Decision current, boolean anyRun, boolean runCurrent) {
        if (current != null && current.state() == Decision.State.PROPOSED) {
            return Optional.of(Refusal.PROPOSAL_PENDING);
        }
        if (current != null && current.locks()) {
            return Optional.of(Refusal.PROPOSAL_LOCKED);
        }
        if (!anyRun) {
            return Optional.of(Refusal.NOT_RUN);
        }
        return runCurrent ? Optional.empty() : Optional.of(Refusal.RUN_STALE);
    }

    Optional<Refusal> review(@Nullable Decision current, UUID reviewer) {
        if (current == null || current.state() != Decision.State.PROPOSED) {
            return Optional.of(Refusal.NOTHING_TO_REVIEW);
        }
        return current.proposedBy().equals(reviewer) ? Optional.of(Refusal.SAME_PERSON) : Optional.empty();
    }

    /**
     * The confirming analyst's browser must not be one the proposer used, and must be recognisable; and the proposal
     * must rest on the latest run ({@code runSinceProposal}: the vetting was run again after it was made, so the findings
     * it cites may be gone and new red flags were never before the proposer; two people must sign the same facts).
     */
    Optional<Refusal> confirm(SignOffIndependence.Verdict secondSignOff, boolean runSinceProposal) {
        if (runSinceProposal) {
            return Optional.of(Refusal.RUN_SINCE_PROPOSAL);
        }
        if (secondSignOff.deviceUnknown()) {
            return Optional.of(Refusal.DEVICE_UNKNOWN);
        }
        return secondSignOff.sameDevice() ? Optional.of(Refusal.SAME_DEVICE) : Optional.empty();
    }

    Optional<Refusal> reopen(@Nullable Decision current) {
        return current == null || !current.locks() ? Optional.of(Refusal.NOT_LOCKED) : Optional.empty();
    }
}
