package org.passage.screening.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    private final org.passage.organizations.StaffDirectory directory;

    ScreeningResultsOfCases(CaseScreening screening, LiveIndex index, Reviews reviews, org.passage.organizations.StaffDirectory directory) {
        this.directory = directory;
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
                    .map(r -> new CaseHit(r.list(), r.entityId(), r.entityId(), r.score(), CaseHit.Review.CONFIRMED, r.list(), signers(r))).toList());
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
                        source(hit.entry()), signers(hit.review().get())));
            }
        }
        // a confirmed entity that no longer resembles (list changed) still counts: the analyst said it is him
        Map<String, CaseHit> shown = hits.stream().collect(Collectors.toMap(h -> h.list() + '\u0000' + h.entityId(), Function.identity(), (a, b) -> a));
        reviews.current(result.applicant().organizationId(), caseId.value()).stream()
                .filter(r -> r.decision() == Reviews.Decision.CONFIRMED && !shown.containsKey(r.list() + '\u0000' + r.entityId()))
                .forEach(r -> hits.add(new CaseHit(r.list(), r.entityId(), r.entityId(), r.score(), CaseHit.Review.CONFIRMED, r.list(), signers(r))));
        return new Results(true, hits);
    }

    /** Who signed the decision that counts, by name, as the vetting's finding (and so the dossier) states it. */
    private CaseHit.Signers signers(Reviews.Review review) {
        return new CaseHit.Signers(name(review.decidedBy()), review.secondBy() == null ? null : name(review.secondBy()));
    }

    private String name(UUID staffId) {
        return directory.find(staffId).map(org.passage.organizations.StaffMember::displayName).orElse("—");
    }

    /** "eu version 3, dataset eu-fsf 2026-12-07 3f2a9c1e": what the vetting's finding names as the data it rests on. */
    private String source(IndexedEntry entry) {
        String dataset = index.snapshot().map(s -> s.datasetVersion(entry.list())).orElse(null);
        return entry.list() + " version " + entry.version() + (dataset == null ? ", imported by hand" : ", dataset " + dataset);
    }
}
