package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passage.cases.CaseRef;
import org.passage.cases.CaseId;
import org.passage.screening.CaseScreeningResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirmed and unreviewed hits of a case for other features. Screens the applicant afresh (audited by
 * {@link CaseScreening}); while the index is still loading only the confirmed reviews are answered.
 */
@Service
class ScreeningResultsOfCases implements CaseScreeningResults {

    private final CaseScreening screening;
    private final LiveIndex index;
    private final Reviews reviews;

    ScreeningResultsOfCases(CaseScreening screening, LiveIndex index, Reviews reviews) {
        this.screening = screening;
        this.index = index;
        this.reviews = reviews;
    }

    @Override
    @Transactional
    public Results of(CaseRef ticket) {
        CaseId caseId = ticket.id();
        if (index.snapshot().isEmpty()) {
            return new Results(false, reviews.current(ticket.organizationId(), caseId.value()).stream()
                    .filter(r -> r.decision() == Reviews.Decision.CONFIRMED)
                    .map(r -> new CaseHit(r.list(), r.entityId(), r.entityId(), r.score(), CaseHit.Review.CONFIRMED)).toList());
        }
        var result = screening.screen(ticket);
        List<CaseHit> hits = new ArrayList<>();
        for (CaseScreening.ReviewedHit hit : result.hits()) {
            var decision = hit.review().map(Reviews.Review::decision);
            if (decision.isEmpty() && hit.hit().match()) {
                hits.add(new CaseHit(hit.entry().list(), hit.hit().entityId(), hit.entry().caption(), hit.hit().score(), CaseHit.Review.UNREVIEWED,
                        source(hit.entry())));
            } else if (decision.filter(d -> d == Reviews.Decision.CONFIRMED).isPresent()) {
                hits.add(new CaseHit(hit.entry().list(), hit.hit().entityId(), hit.entry().caption(), hit.hit().score(), CaseHit.Review.CONFIRMED,
                        source(hit.entry())));
            }
        }
        // a confirmed entity that no longer resembles (list changed) still counts: the analyst said it is him
        Map<String, CaseHit> shown = hits.stream().collect(Collectors.toMap(h -> h.list() + '\u0000' + h.entityId(), Function.identity(), (a, b) -> a));
        reviews.current(result.applicant().organizationId(), caseId.value()).stream()
                .filter(r -> r.decision() == Reviews.Decision.CONFIRMED && !shown.containsKey(r.list() + '\u0000' + r.entityId()))
                .forEach(r -> hits.add(new CaseHit(r.list(), r.entityId(), r.entityId(), r.score(), CaseHit.Review.CONFIRMED)));
        return new Results(true, hits);
    }

    /** "eu version 3, dataset eu-fsf 2026-12-07 3f2a9c1e": what the vetting's finding names as the data it rests on. */
    private String source(IndexedEntry entry) {
        String dataset = index.snapshot().map(s -> s.datasetVersion(entry.list())).orElse(null);
        return entry.list() + " version " + entry.version() + (dataset == null ? ", imported by hand" : ", dataset " + dataset);
    }
}
