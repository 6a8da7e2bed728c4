package org.passage.screening.internal.web;

import java.util.List;
import java.util.Optional;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.passage.web.HomeSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Open screening alerts (a case resembling a listed person after a list update) on the cases the member may see. */
@Component
class ScreeningAttention implements HomeSection {

    private static final int SHOWN = 5;

    private final AlertDesk alerts;
    private final CurrentStaff staff;

    ScreeningAttention(AlertDesk alerts, CurrentStaff staff) {
        this.alerts = alerts;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Attention> attention() {
        if (!staff.has(Role.COORDINATOR) && !staff.has(Role.CASEWORKER) && !staff.has(Role.LAWYER) && !staff.has(Role.VETTING_ANALYST)) {
            return Optional.empty();
        }
        var open = alerts.visible().stream().filter(s -> s.alert().acknowledgedAt() == null).toList();
        List<Line> lines = open.stream().limit(SHOWN).map(s -> new Line(s.caseCode(), s.alert().caption(),
                "/cases/" + s.alert().caseId() + "/screening", null, false)).toList();
        return Optional.of(new Attention("screening", "home.screening.title", "/screening/alerts", false, open.size(), lines));
    }
}
