package org.passage.journeys.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.Cases;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Stage;
import org.passage.journeys.StageChanged;
import org.passage.journeys.Whereabouts;
import org.passage.journeys.WhereaboutsChanged;
import org.passage.security.CurrentStaff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a case along its journey and recording where the person is. Need to know comes from {@link Cases};
 * the {@link StageRules} decide which move is plausible; every change is audited in the transaction of the change (the audit row commits with it or not at all) and
 * announced as an event. Validation happens before anything is written, so a refused form stores nothing.
 */
@Service
class JourneyDesk {

    private final Cases cases;
    private final JourneyLog log;
    private final ApplicationEventPublisher events;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    JourneyDesk(Cases cases, JourneyLog log, ApplicationEventPublisher events,
                CurrentStaff currentStaff, Clock clock) {
        this.cases = cases;
        this.log = log;
        this.events = events;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    @Transactional
    StageEntry changeStage(CaseId id, StageChangeForm form) {
        CaseRef ref = cases.change(id, "journey.stage");
        Stage to = form.target();
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = form.effectiveOn(today);
        String reason = form.reasonText();
        List<StageEntry> history = log.stages(ref.organizationId(), id);
        switch (StageRules.judge(ref.stage(), to, resumeFrom(history))) {
            case SAME_STAGE -> throw new InvalidJourneyInput("stage", "journey.error.stage.same", "the case is at this stage already");
            case NEEDS_CORRECTION -> {
                if (!form.correction()) {
                    throw new InvalidJourneyInput("stage", "journey.error.stage.notAllowed",
                            "this move does not follow the route; if it corrects a mistake, mark it as a correction and say why");
                }
            }
            case ALLOWED -> { }
        }
        if (form.correction() && reason.isEmpty()) {
            throw new InvalidJourneyInput("reason", "journey.error.reason.required", "a correction needs a reason");
        }
        // the opening entry does not count: a journey is often told (and back-filled) after the case was opened
        var last = history.stream().filter(e -> e.from() != null).findFirst();
        if (!form.correction() && last.isPresent() && effective.isBefore(last.get().effective())) {
            throw new InvalidJourneyInput("effective", "journey.error.date.beforeLast",
                    "before the last change (" + last.get().effective() + "); mark it as a correction if it is one",
                    last.get().effective().toString());
        }
        Instant now = clock.instant();
        var entry = new StageEntry(UUID.randomUUID(), id, ref.stage(), to, effective, form.correction(), reason, now,
                currentStaff.principal().staffId());
        log.add(ref.organizationId(), entry);
        cases.moveTo(ref, to);
        cases.note(ref, ref.stage() + " -> " + to + (form.correction() ? " (correction)" : ""));
        events.publishEvent(new StageChanged(id, ref.organizationId(), ref.stage(), to, effective, form.correction(), now));
        return entry;
    }

    @Transactional
    LocationEntry recordLocation(CaseId id, LocationForm form) {
        CaseRef ref = cases.change(id, "journey.location");
        String country = form.countryCode();
        String city = form.cityName();
        LocalDate since = form.sinceDay(LocalDate.now(clock));
        Instant now = clock.instant();
        var entry = new LocationEntry(UUID.randomUUID(), id, country, city, since, now, currentStaff.principal().staffId());
        log.add(ref.organizationId(), entry);
        // the country is not written to the audit trail: the trail is read by auditors, who see no case content
        cases.note(ref, "location recorded");
        Whereabouts current = log.whereabouts(id).orElseThrow();
        if (current.since().equals(since) && current.countryCode().equals(country)) {
            events.publishEvent(new WhereaboutsChanged(current, ref.organizationId(), now));
        }
        return entry;
    }

    /** For the journey page: the case (read audited) and its whole history. */
    @Transactional
    Journey read(CaseId id) {
        CaseRef ref = cases.read(id, "journey.read");
        return journey(ref);
    }

    /** The history of a case whose read was already allowed and audited (the case page's panel). */
    @Transactional(readOnly = true)
    Journey journey(CaseRef ref) {
        return new Journey(ref, log.stages(ref.organizationId(), ref.id()), log.locations(ref.organizationId(), ref.id()));
    }

    /** The route stage a lost or detained case was at before: where it resumes. */
    private static @Nullable Stage resumeFrom(List<StageEntry> newestFirst) {
        return newestFirst.stream().map(StageEntry::to).filter(s -> !StageRules.isInterruption(s)).findFirst().orElse(null);
    }
}
