package org.passage.screening.internal.web;

import org.passage.cases.CaseErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An erased case's screening: which listed entities it resembled is sealed under its key and went with it; the blind
 * indexes of those entities' ids are keyed by the organization, whose key stays, so they are emptied in the erasure's
 * transaction (else the organization's key and the public lists would still tell which entity an erased case matched).
 */
@Component
class ScreeningOfErasedCases {

    private final ScreeningAlerts alerts;
    private final Reviews reviews;

    ScreeningOfErasedCases(ScreeningAlerts alerts, Reviews reviews) {
        this.alerts = alerts;
        this.reviews = reviews;
    }

    @EventListener
    void on(CaseErased erased) {
        alerts.forgetEntities(erased.caseId().value());
        reviews.forgetEntities(erased.caseId().value());
    }
}
