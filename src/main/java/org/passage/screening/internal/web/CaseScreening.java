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

    /** A hit of the case with what the list says of the entity and the decision taken on it, if any. */
    /** A hit with the decision that counts on it ({@code review}) and every decision on it, newest first. */
    record ReviewedHit(Hit hit, IndexedEntry entry, Optional<Reviews.Review> review, List<Reviews.Review> history) {
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

    CaseScreening(Cases cases, LiveIndex index, Reviews reviews, CurrentStaff staff, ScreeningAlerts alerts) {
        this.alerts = alerts;
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
        return new ReviewedHit(hit, entry, history.stream().findFirst(), history);
    }

    /**
     * Confirms or dismisses one hit of the case. The hit must be among the case's current hits (so nobody records
     * a decision on an entity that does not resemble the applicant); {@link NoSuchCase} when the case is not the reader's.
     */
    @Transactional
    boolean decide(CaseId caseId, String list, String entityId, Reviews.Decision decision, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidMatchRequest("reason", "give a reason of 1 to " + MAX_REASON + " characters");
        }
        if (why.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidMatchRequest("reason", "control characters are not allowed");
        }
        CaseRef ticket = cases.read(caseId, "screening.review");
        Result screened = screen(ticket);
        ReviewedHit hit = screened.hits().stream()
                .filter(h -> h.entry().list().equals(list) && h.hit().entityId().equals(entityId)).findFirst()
                .orElseThrow(() -> new InvalidMatchRequest("entityId", "not a hit of this case"));
        UUID id = reviews.decide(ticket.organizationId(), caseId.value(), list, entityId, decision, hit.hit().score(), why, staff.staffId());
        int settled = alerts.settledByDecision(ticket.organizationId(), caseId.value(), list, entityId, staff.staffId());
        cases.note(ticket, decision.name() + " review " + id + (settled == 0 ? "" : ", " + settled + " alert(s) settled"));
        return true;
    }
}
