package org.passage.screening.internal.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.cases.CaseApplicant;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.cases.CaseId;
import org.passage.screening.Hit;
import org.passage.security.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening one case's applicant and reviewing his hits. The applicant's names are a projection of a ticket from
 * the cases feature's one door, which decides need to know and audits the act once; the number of hits or the
 * decision (never about whom) is noted on that one audit row, a decision with its sealed reason stored in the same
 * transaction.
 */
@Service
class CaseScreening {

    static final int MAX_REASON = 2000;

    /**
     * A hit with the decision that counts on it ({@code review}), the proposal waiting for a second member if any
     * ({@code proposal}), and every decision on it, newest first.
     */
    record ReviewedHit(Hit hit, IndexedEntry entry, Optional<Reviews.Review> review, Optional<Reviews.Review> proposal,
                       List<Reviews.Review> history) {

        /** The decisions before, newest first: every one but the one that counts and the proposal waiting. */
        public List<Reviews.Review> earlier() {
            return history.stream().filter(r -> review.map(c -> !c.id().equals(r.id())).orElse(true)
                    && proposal.map(c -> !c.id().equals(r.id())).orElse(true)).toList();
        }

        @Override
        public String toString() {
            return "ReviewedHit[" + hit + "]";
        }
    }

    /** The hits, and the applicant's names that Passage could not read and so did not check (fail closed). */
    record Result(CaseApplicant applicant, List<ReviewedHit> hits, List<String> unreadable) {
    }

    private final Cases cases;
    private final LiveIndex index;
    private final Reviews reviews;
    private final CurrentStaff staff;
    private final ScreeningAlerts alerts;
    private final org.passage.security.SignOffIndependence signOffs;
    private final FindingSource findingSource;
    private final org.passage.audit.AuditTrail audit;

    CaseScreening(Cases cases, LiveIndex index, Reviews reviews, CurrentStaff staff, ScreeningAlerts alerts,
                  org.passage.security.SignOffIndependence signOffs, FindingSource findingSource, org.passage.audit.AuditTrail audit) {
        this.alerts = alerts;
        this.signOffs = signOffs;
        this.findingSource = findingSource;
        this.audit = audit;
        this.cases = cases;
        this.index = index;
        this.reviews = reviews;
        this.staff = staff;
    }

    /** Screens the case's applicant; {@link NoSuchCase} when the case is unknown or not the reader's to see. */
    @Transactional
    Result screen(CaseId caseId) {
        CaseRef ticket = cases.read(caseId, "screening.case");
        Result result = screen(ticket);
        cases.note(ticket, result.hits().size() + " hits");
        return result;
    }

    /** Screens the applicant of a case the caller holds a ticket to (its pass is the act's one audit row). */
    @Transactional
    Result screen(CaseRef ticket) {
        CaseApplicant applicant = cases.applicant(ticket);
        var snapshot = index.snapshot().orElseThrow(LiveIndex.IndexNotReady::new);
        Map<String, List<Reviews.Review>> decided = reviews.forCase(ticket.organizationId(), ticket.id().value()).stream()
                .collect(Collectors.groupingBy(r -> r.list() + '\u0000' + r.entityId()));
        List<ReviewedHit> hits = ApplicantScreening.screen(index, applicant).stream()
                .flatMap(h -> snapshot.entry(h).stream().map(e -> reviewed(h, e, decided.getOrDefault(e.list() + '\u0000' + h.entityId(), List.of()))))
                .toList();
        return new Result(applicant, hits, org.passage.screening.Screening.unreadableNames(ApplicantScreening.query(applicant)));
    }

    private static ReviewedHit reviewed(Hit hit, IndexedEntry entry, List<Reviews.Review> history) {
        return new ReviewedHit(hit, entry, history.stream().filter(r -> r.signOff().stands()).findFirst(),
                history.stream().findFirst().filter(r -> r.signOff() == Reviews.SignOff.PROPOSED), history);
    }

    /**
     * Proposes to confirm or dismiss one hit of the case: it counts once a second member confirms it
     * ({@link #secondReview}). The hit must be among the case's current hits (so nobody records a decision on an entity
     * that does not resemble the applicant) and have no proposal waiting; {@link NoSuchCase} when the case is not the reader's.
     */
    @Transactional
    boolean decide(CaseId caseId, String list, String entityId, Reviews.Decision decision, String reason) {
        String why = reason(reason, true);
        CaseRef ticket = cases.read(caseId, "screening.review");
        Result screened = screen(ticket);
        ReviewedHit hit = screened.hits().stream()
                .filter(h -> h.entry().list().equals(list) && h.hit().entityId().equals(entityId)).findFirst()
                .orElseThrow(() -> new InvalidMatchRequest("entityId", "not a hit of this case"));
        if (hit.proposal().isPresent()) {
            throw new InvalidMatchRequest("pending", "a decision on this hit waits for a second review: confirm or reject it first");
        }
        UUID id = reviews.propose(ticket.organizationId(), caseId.value(), list, entityId, decision, hit.hit().score(), why, staff.staffId());
        signOffs.firstSignOff();
        cases.note(ticket, decision.name() + " review " + id + " proposed, awaiting a second review");
        return true;
    }

    /**
     * A second member confirms or rejects a proposal on a hit of the case: the two-person rule of vetting decisions (not
     * the proposer, the same organization, a reviewer's role, not from a browser the proposer logged in with or one
     * Passage cannot recognise), every refusal audited. Confirmed, the decision counts and settles the case's open alerts
     * about that entity; it is refused when the list changed the entry after the proposal (two people sign the same facts).
     */
    @Transactional
    void secondReview(CaseId caseId, UUID reviewId, boolean confirm, String reason) {
        String why = reason(reason, !confirm);
        CaseRef ticket = cases.read(caseId, "screening.review");
        Reviews.Review proposal = reviews.forCase(ticket.organizationId(), caseId.value()).stream()
                .filter(r -> r.id().equals(reviewId) && r.signOff() == Reviews.SignOff.PROPOSED).findFirst()
                .orElseThrow(() -> new InvalidMatchRequest("proposal", "no decision on this hit waits for a second review"));
        if (proposal.decidedBy().equals(staff.staffId())) {
            refused(ticket, "the proposer may not review his own proposal");
            throw new InvalidMatchRequest("samePerson", "you proposed this decision: a second member confirms or rejects it");
        }
        var secondSignOff = signOffs.secondSignOff(proposal.decidedBy());
        if (secondSignOff.refused()) {
            refused(ticket, secondSignOff.deviceUnknown() ? "second review from a browser without a device mark"
                    : "second review from a browser the proposer " + proposal.decidedBy() + " logged in with");
            throw new InvalidMatchRequest(secondSignOff.deviceUnknown() ? "deviceUnknown" : "sameDevice",
                    "a second review comes from the second member's own browser");
        }
        if (confirm) {
            boolean changed = screen(ticket).hits().stream()
                    .filter(h -> h.entry().list().equals(proposal.list()) && h.hit().entityId().equals(proposal.entityId()))
                    .findFirst().map(h -> findingSource.changedSince(h.entry(), proposal.decidedAt())).orElse(true);
            if (changed) {
                throw new InvalidMatchRequest("changedSinceProposal",
                        "the list changed this entry (or it is no longer a hit) after the proposal: reject it, so that it is decided anew");
            }
        }
        if (!reviews.secondSignOff(ticket.organizationId(), caseId.value(), reviewId, confirm, why, staff.staffId(), secondSignOff.flags())) {
            throw new InvalidMatchRequest("proposal", "no decision on this hit waits for a second review");
        }
        int settled = 0;
        if (confirm) {
            settled = alerts.settledByDecision(ticket.organizationId(), caseId.value(), proposal.list(), proposal.entityId(), staff.staffId());
            signOffs.flag(ticket.organizationId(), "screening_review", reviewId, proposal.decidedBy(), staff.staffId(), secondSignOff.flags());
        }
        cases.note(ticket, proposal.decision().name() + " review " + reviewId + (confirm ? " confirmed" : " rejected") + " by a second member"
                + (settled == 0 ? "" : ", " + settled + " alert(s) settled")
                + (secondSignOff.flags().isEmpty() ? "" : ", flagged " + new java.util.TreeSet<>(secondSignOff.flags())));
    }

    private void refused(CaseRef ticket, String why) {
        audit.record(org.passage.audit.AuditEvent.of("screening.review", "case", ticket.id(), ticket.organizationId()).denied(why));
    }

    private static String reason(String reason, boolean required) {
        String why = reason == null ? "" : reason.strip();
        if ((required && why.isEmpty()) || why.length() > MAX_REASON) {
            throw new InvalidMatchRequest("reason", "give a reason of 1 to " + MAX_REASON + " characters");
        }
        if (why.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidMatchRequest("reason", "control characters are not allowed");
        }
        return why;
    }
}
