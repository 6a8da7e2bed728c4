package org.passage.screening.internal.web;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.spi.CaseListFlag;
import org.springframework.stereotype.Component;

/** Marks, in the case list, the cases where an analyst's latest decision confirmed a screening hit, and filters by it. */
@Component
class ConfirmedHitFlag implements CaseListFlag {

    private final Reviews reviews;

    ConfirmedHitFlag(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String key() {
        return "confirmed-hit";
    }

    @Override
    public String labelKey() {
        return "screening.flag.confirmed";
    }

    @Override
    public Set<CaseId> flagged(UUID organizationId, Collection<CaseId> caseIds) {
        Set<UUID> asked = caseIds.stream().map(CaseId::value).collect(Collectors.toSet());
        return reviews.confirmedCases(organizationId).stream().filter(asked::contains).map(CaseId::new).collect(Collectors.toSet());
    }
}
