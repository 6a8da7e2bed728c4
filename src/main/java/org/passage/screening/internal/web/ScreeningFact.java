package org.passage.screening.internal.web;

import java.util.List;
import org.passage.cases.CaseRef;
import org.passage.cases.spi.CaseFact;
import org.springframework.stereotype.Component;

/** The case header's screening: alerts about the case nobody has looked at yet and hits an analyst confirmed (red). */
@Component
class ScreeningFact implements CaseFact {

    private final ScreeningAlerts alerts;
    private final Reviews reviews;

    ScreeningFact(ScreeningAlerts alerts, Reviews reviews) {
        this.alerts = alerts;
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Fact> facts(CaseRef ref) {
        long open = alerts.forCases(ref.organizationId(), List.of(ref.id().value()), 1000).stream()
                .filter(a -> a.acknowledgedAt() == null).count();
        long confirmed = reviews.current(ref.organizationId(), ref.id().value()).stream()
                .filter(r -> r.decision() == Reviews.Decision.CONFIRMED).count();
        return List.of(new Fact("screening", "screening.header.label", "screening.header.value",
                List.of(String.valueOf(open), String.valueOf(confirmed)), confirmed > 0 || open > 0));
    }
}
