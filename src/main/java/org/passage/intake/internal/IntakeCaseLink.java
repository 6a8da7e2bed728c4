package org.passage.intake.internal;

import java.util.Optional;
import org.passage.cases.spi.CaseLink;
import org.passage.cases.CaseRef;
import org.springframework.stereotype.Component;

/**
 * The case page's link to what the person sent through the public intake, for cases the intake opened. Only
 * for staff who may change the case: the inbox is for coordinators and caseworkers.
 */
@Component
class IntakeCaseLink implements CaseLink {

    private final Submissions submissions;

    IntakeCaseLink(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Link> link(CaseRef ref) {
        if (!ref.mayChange() || !submissions.exists(ref.id())) {
            return Optional.empty();
        }
        return Optional.of(new Link("cases.link.intake", "/intake-inbox/" + ref.id(), "intake-link"));
    }
}
