package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passage.cases.ApplicantNames;
import org.passage.cases.CaseApplicant;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.screening.CaseScreeningResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirmed and unreviewed hits of a case for other features. Screens the applicant afresh (audited by
 * {@link CaseScreening}, or not again when the caller holds a case ticket); while the index is still loading only the
 * confirmed reviews are answered.
 */
@Service
class ScreeningResultsOfCases implements CaseScreeningResults {

    private final CaseScreening screening;
    private final ApplicantNames applicants;
    private final Cases cases;
    private final LiveIndex index;
    private final Reviews reviews;

    ScreeningResultsOfCases(CaseScreening screening, ApplicantNames applicants, Cases cases, LiveIndex index, Reviews reviews) {
        this.screening = screening;
        this.applicants = applicants;
        this.cases = cases;
        this.index = index;
        this.reviews = reviews;
    }

    @Override
    @Transactional
    public Results of(CaseId caseId) {
        if (index.snapshot().isEmpty()) {
            var applicant = applicants.read(caseId).orElseThrow(NoSuchCase::new);
            return confirmedOnly(applicant.organizationId(), caseId);
        }
        return results(screening.screen(caseId).orElseThrow(NoSuchCase::new));
    }

    @Override
    @Transactional
    public Results of(CaseRef ticket) {
        if (index.snapshot().isEmpty()) {
            return confirmedOnly(ticket.organizationId(), ticket.id());
        }
        CaseApplicant a = cases.applicant(ticket);
        return results(screening.screen(new ApplicantNames.Applicant(a.caseId(), a.organizationId(), a.caseCode(), a.names(), a.birthDate())));
    }

    private Results confirmedOnly(UUID organizationId, CaseId caseId) {
        return new Results(false, reviews.forCase(organizationId, caseId.value()).stream()
                .filter(r -> r.decision() == Reviews.Decision.CONFIRMED)
                .map(r -> new CaseHit(r.list(), r.entityId(), r.entityId(), r.score(), CaseHit.Review.CONFIRMED)).toList());
    }

    private Results results(CaseScreening.Result result) {
        List<CaseHit> hits = new ArrayList<>();
        for (CaseScreening.ReviewedHit hit : result.hits()) {
            var decision = hit.review().map(Reviews.Review::decision);
            if (decision.isEmpty() && hit.hit().match()) {
                hits.add(new CaseHit(hit.entry().list(), hit.hit().entityId(), hit.entry().caption(), hit.hit().score(), CaseHit.Review.UNREVIEWED));
            } else if (decision.filter(d -> d == Reviews.Decision.CONFIRMED).isPresent()) {
                hits.add(new CaseHit(hit.entry().list(), hit.hit().entityId(), hit.entry().caption(), hit.hit().score(), CaseHit.Review.CONFIRMED));
            }
        }
        // a confirmed entity that no longer resembles (list changed) still counts: the analyst said it is him
        Map<String, CaseHit> shown = hits.stream().collect(Collectors.toMap(h -> h.list() + '\u0000' + h.entityId(), Function.identity(), (a, b) -> a));
        reviews.forCase(result.applicant().organizationId(), result.applicant().caseId().value()).stream()
                .filter(r -> r.decision() == Reviews.Decision.CONFIRMED && !shown.containsKey(r.list() + '\u0000' + r.entityId()))
                .forEach(r -> hits.add(new CaseHit(r.list(), r.entityId(), r.entityId(), r.score(), CaseHit.Review.CONFIRMED)));
        return new Results(true, hits);
    }
}
