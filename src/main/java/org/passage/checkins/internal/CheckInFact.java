package org.passage.checkins.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.passage.cases.CaseRef;
import org.passage.cases.spi.CaseFact;
import org.springframework.stereotype.Component;

/** The case header's last check-in and the check-in alerts nobody has acknowledged yet (red). */
@Component
class CheckInFact implements CaseFact {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Schedules schedules;
    private final Alerts alerts;

    CheckInFact(Schedules schedules, Alerts alerts) {
        this.schedules = schedules;
        this.alerts = alerts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Fact> facts(CaseRef ref) {
        var schedule = schedules.find(ref.id()).filter(s -> s.organizationId().equals(ref.organizationId()));
        List<Fact> facts = new ArrayList<>();
        if (schedule.isEmpty()) {
            facts.add(new Fact("last-checkin", "checkins.header.last", "checkins.header.noSchedule", List.of(), false));
            return facts;
        }
        var last = schedule.get().lastCheckInAt();
        facts.add(last == null ? new Fact("last-checkin", "checkins.header.last", "checkins.header.never", List.of(), false)
                : new Fact("last-checkin", "checkins.header.last", "checkins.header.at", List.of(WHEN.format(last)), false));
        var open = alerts.ofCase(ref.id()).stream().filter(Alert::open).filter(a -> a.organizationId().equals(ref.organizationId())).toList();
        if (!open.isEmpty()) {
            long duress = open.stream().filter(a -> a.kind() == Alert.Kind.DURESS).count();
            facts.add(new Fact("checkin-alerts", "checkins.header.alerts", "checkins.header.alertsOpen",
                    List.of(String.valueOf(open.size()), String.valueOf(duress)), true));
        }
        return facts;
    }
}
