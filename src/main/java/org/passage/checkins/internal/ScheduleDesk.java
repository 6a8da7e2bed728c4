package org.passage.checkins.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.cases.CaseSummary;
import org.passage.cases.Stage;
import org.passage.crypto.Sealing;
import org.passage.security.CurrentStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with a case's check-ins: set the schedule, agree a duress phrase, hand out a one-time link,
 * acknowledge an alert. The case's need-to-know policy decides (through {@link Cases}), and every
 * change is audited in its transaction.
 */
@Service
class ScheduleDesk {

    private final Cases cases;
    private final Schedules schedules;
    private final Alerts alerts;
    private final Links links;
    private final Sealing sealing;
    private final CurrentStaff staff;
    private final CheckInSettings settings;
    private final Clock clock;

    ScheduleDesk(Cases cases, Schedules schedules, Alerts alerts, Links links, Sealing sealing,
                 CurrentStaff staff, CheckInSettings settings, Clock clock) {
        this.cases = cases;
        this.schedules = schedules;
        this.alerts = alerts;
        this.links = links;
        this.sealing = sealing;
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
    }

    /** The check-in settings page: the case, its schedule, its alerts and, for acknowledged ones, what was done. */
    public record View(CaseSummary summary, Optional<Schedule> schedule, java.util.List<Alert> alerts,
                       java.util.Map<UUID, Alerts.Acknowledgement> acknowledgements) {
    }

    @Transactional
    View view(CaseId id) {
        CaseRef ticket = cases.read(id, "checkin.schedule.read");
        return new View(cases.summary(ticket), schedules.find(id), alerts.ofCase(id),
                alerts.acknowledgements(ticket.organizationId(), id));
    }

    @Transactional
    void save(CaseId id, Duration interval, Set<Stage> stages, boolean paused) {
        CaseRef ticket = cases.change(id, "checkin.schedule.change");
        Instant now = clock.instant();
        schedules.save(new Schedule(id, ticket.organizationId(), interval, stages, paused, now.plus(interval), null, false),
                staff.staffId(), now);
        cases.note(ticket, "every " + interval.toHours() + " h" + (paused ? ", paused" : "")
                + (stages.isEmpty() ? "" : ", in " + stages.size() + " stages"));
    }

    @Transactional
    void agreeDuressPhrase(CaseId id, String phrase) {
        CaseRef ticket = cases.change(id, "checkin.duress.set");
        requireSchedule(id);
        schedules.setDuressIndex(id, sealing.blindIndex(ticket.organizationId(), CheckInDesk.DURESS_PURPOSE,
                DuressPhrase.normalize(phrase)));
    }

    /** A new one-time link token, to be shown once and sent to the person; only its hash is kept. */
    @Transactional
    String newLink(CaseId id) {
        CaseRef ticket = cases.change(id, "checkin.link.create");
        requireSchedule(id);
        String token = LinkTokens.generate();
        Instant now = clock.instant();
        links.add(LinkTokens.hash(token), id, ticket.organizationId(), now, now.plus(settings.linkValidity()));
        return token;
    }

    /**
     * Acknowledges an alert with what was done about it (required: a duress signal or a missed check-in is closed only
     * by saying what was done). The note is sealed with the alert; the audit row says that one was written, not what.
     */
    @Transactional
    void acknowledge(UUID alertId, String whatWasDone) {
        Alert alert = alerts.find(alertId).filter(a -> a.organizationId().equals(staff.organizationId()))
                .orElseThrow(NoSuchCase::new);
        CaseRef ticket = cases.change(alert.caseId(), "checkin.alert.acknowledge");
        String note = WhatWasDone.of(whatWasDone);
        if (alerts.acknowledge(alertId, alert.organizationId(), staff.staffId(), clock.instant(), note)) {
            cases.note(ticket, alert.kind() + " alert " + alertId + " at level " + alert.level() + ", what was done noted ("
                    + note.length() + " characters, sealed)");
        }
    }

    private void requireSchedule(CaseId id) {
        if (schedules.find(id).isEmpty()) {
            throw new NoSchedule();
        }
    }

    /** Links and phrases belong to a schedule: set one first. */
    static final class NoSchedule extends RuntimeException {
        NoSchedule() {
            super("no schedule");
        }
    }
}
