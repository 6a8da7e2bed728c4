package org.passage.checkins.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.Stage;
import org.passage.checkins.CheckInMissed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scheduler: raises an alert for every check-in missed by more than the grace time and escalates every
 * unacknowledged alert by how long it has been open. Time comes from the application's {@link Clock}, and a
 * run is idempotent (conditional inserts and updates), so tests can move the clock and call {@link #sweep()}
 * themselves, and two nodes sweeping one after the other raise and escalate each alert once; {@link SweepSchedule}
 * lets one node sweep at a time.
 */
@Component
class MissedCheckIns {

    private final Schedules schedules;
    private final Alerts alerts;
    private final Cases cases;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CheckInSettings settings;
    private final Clock clock;

    MissedCheckIns(Schedules schedules, Alerts alerts, Cases cases, AuditTrail audit, ApplicationEventPublisher events,
                   CheckInSettings settings, Clock clock) {
        this.schedules = schedules;
        this.alerts = alerts;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void sweep() {
        Instant now = clock.instant();
        raiseMissed(now);
        escalate(now);
    }

    private void raiseMissed(Instant now) {
        List<Schedule> due = schedules.dueBefore(now.minus(settings.grace()));
        if (due.isEmpty()) {
            return;
        }
        Map<CaseId, Stage> stages = cases.forSystem(due.stream().map(Schedule::caseId).toList(), "checkin.scheduler").stream()
                .collect(java.util.stream.Collectors.toMap(CaseRef::id, CaseRef::stage));
        for (Schedule schedule : due) {
            Stage stage = stages.get(schedule.caseId());
            if (stage == null || !stage.isOpen() || !schedule.appliesIn(stage)) {
                schedules.postpone(schedule.caseId(), now);
                continue;
            }
            if (alerts.raiseMissed(schedule, schedule.nextDueAt().plus(settings.grace()))) {
                audit.record(new AuditEvent("checkin.alert.raise", "case", schedule.caseId().toString(), schedule.organizationId(),
                        AuditEvent.Outcome.SUCCESS, "missed check-in, level 1"));
                events.publishEvent(new CheckInMissed(schedule.caseId(), schedule.organizationId(), schedule.nextDueAt(), 1));
            }
        }
    }

    private void escalate(Instant now) {
        var escalation = settings.escalation();
        for (Alert alert : alerts.open()) {
            int level = escalation.levelAfter(Duration.between(alert.raisedAt(), now));
            if (level > alert.level() && alerts.escalate(alert.id(), level, now)) {
                audit.record(new AuditEvent("checkin.alert.escalate", "case", alert.caseId().toString(), alert.organizationId(),
                        AuditEvent.Outcome.SUCCESS, alert.kind() + ", level " + level + " (" + settings.audience(level) + ")"));
                events.publishEvent(new CheckInMissed(alert.caseId(), alert.organizationId(),
                        alert.dueAt() == null ? alert.raisedAt() : alert.dueAt(), level));
            }
        }
    }
}
