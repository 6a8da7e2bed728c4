package org.passage.retention.internal;

import java.util.Optional;
import org.passage.cases.CaseRef;
import org.passage.cases.spi.CaseLink;
import org.springframework.stereotype.Component;

/** The case page's link to the case's retention page (legal hold, erasure), for those who coordinate the case. */
@Component
class RetentionCaseLink implements CaseLink {

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Link> link(CaseRef ref) {
        return ref.mayCoordinate() ? Optional.of(new Link("retention.link", "/cases/" + ref.id() + "/retention", "retention-link")) : Optional.empty();
    }
}
