package org.passage.journeys.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.passage.cases.CaseOpened;
import org.passage.cases.Stage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A newly opened case starts its timeline at first contact, in the transaction that opens it. */
@Component
class FirstContact {

    private final JourneyLog log;
    private final Clock clock;

    FirstContact(JourneyLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @EventListener
    void on(CaseOpened opened) {
        log.add(opened.organizationId(), new StageEntry(UUID.randomUUID(), opened.caseId(), null, Stage.FIRST_CONTACT,
                LocalDate.now(clock), false, "", clock.instant(), null));
    }
}
