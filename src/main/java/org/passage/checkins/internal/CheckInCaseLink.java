package org.passage.checkins.internal;

import java.util.Optional;
import org.passage.cases.spi.CaseLink;
import org.passage.cases.CaseRef;
import org.springframework.stereotype.Component;

/** The case page's link to the case's check-in page (schedule, links, alerts). */
@Component
class CheckInCaseLink implements CaseLink {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Link> link(CaseRef ref) {
        return Optional.of(new Link("cases.link.checkins", "/checkins/cases/" + ref.id(), "checkins-link"));
    }
}
