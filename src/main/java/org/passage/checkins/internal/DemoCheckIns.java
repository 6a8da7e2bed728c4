package org.passage.checkins.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.cases.Stage;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
import org.passage.organizations.Organizations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo check-ins for "Ark Demo": a daily schedule for every case on the move, and one person in a third
 * country whose check-in is five hours overdue, so the board has something to show and escalate.
 */
@Component
class DemoCheckIns implements DemoSeeder {

    private static final Set<Stage> ON_THE_MOVE = Set.of(Stage.CROSSING, Stage.IN_THIRD_COUNTRY, Stage.IN_TRANSIT, Stage.VISA_APPLIED);
    private static final Set<Stage> RUNS_IN = Set.of(Stage.CROSSING, Stage.IN_THIRD_COUNTRY, Stage.IN_TRANSIT);

    private final Cases cases;
    private final Schedules schedules;
    private final Alerts alerts;
    private final Organizations organizations;
    private final CheckInSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    DemoCheckIns(Cases cases, Schedules schedules, Alerts alerts, Organizations organizations, CheckInSettings settings,
                 AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.schedules = schedules;
        this.alerts = alerts;
        this.organizations = organizations;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public DemoData step() {
        return DemoData.CHECK_INS;
    }

    @Override
    @Transactional
    public void seed(PrintStream console) {
        var ark = organizations.findByName("Ark Demo");
        if (ark.isEmpty() || schedules.anyIn(ark.get().id())) {
            return;
        }
        UUID org = ark.get().id();
        // the open cases, oldest first (tickets come newest first)
        Map<CaseId, Stage> stages = new java.util.LinkedHashMap<>();
        cases.ofOrganization(org, "demo check-ins").reversed().stream().filter(c -> c.stage().isOpen())
                .forEach(c -> stages.put(c.id(), c.stage()));
        Instant now = clock.instant();
        Duration daily = Duration.ofHours(24);
        boolean overdueGiven = false;
        int added = 0;
        int duress = 0;
        for (var entry : stages.entrySet()) {
            if (!ON_THE_MOVE.contains(entry.getValue())) {
                continue;
            }
            // the first person in a third country is five hours overdue; in the demo crowd, every 30th schedule too
            boolean overdue = entry.getValue() == Stage.IN_THIRD_COUNTRY && (!overdueGiven || added % 30 == 29);
            Instant due = overdue ? now.minus(Duration.ofHours(5)) : now.plus(Duration.ofHours(6 + 3L * added));
            var schedule = new Schedule(entry.getKey(), org, daily, RUNS_IN, false, due, null, false);
            schedules.save(schedule, null, now);
            if (overdue) {
                alerts.raiseMissed(schedule, due.plus(settings.grace()));
                overdueGiven = true;
            } else if (added % 45 == 44) {
                // and now and then a person signalled duress with his check-in
                alerts.raiseDuress(entry.getKey(), org, 1, now.minus(Duration.ofHours(2)));
                duress++;
            }
            audit.record(new AuditEvent("checkin.schedule.change", "case", entry.getKey().toString(), org, AuditEvent.Outcome.SUCCESS,
                    "demo data: every 24 h" + (overdue ? ", overdue" : "")));
            added++;
        }
        if (added > 0) {
            console.println("Demo check-ins: " + added + " daily schedules in Ark Demo, some overdue"
                    + (duress > 0 ? ", " + duress + " with a duress signal" : "") + " (log in as coordinator: /checkins).");
        }
    }
}
