package org.passage.checkins.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.passage.web.HomeSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duress signals and missed check-ins first on the home page of everyone who works on the case and of the
 * coordinators (the board's rows: the case policy decides who sees which), and their count in the top navigation.
 */
@Component
class CheckInAttention implements HomeSection {

    private static final int SHOWN = 10;
    private static final Set<Role> WORKERS = Set.of(Role.COORDINATOR, Role.CASEWORKER, Role.LAWYER, Role.VETTING_ANALYST);

    private final Board board;
    private final Alerts alerts;
    private final Cases cases;
    private final CurrentStaff staff;

    CheckInAttention(Board board, Alerts alerts, Cases cases, CurrentStaff staff) {
        this.board = board;
        this.alerts = alerts;
        this.cases = cases;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Attention> attention() {
        if (WORKERS.stream().noneMatch(staff::has)) {
            return Optional.empty();
        }
        List<BoardRow> rows = board.rows();
        List<Line> lines = rows.stream().limit(SHOWN).map(r -> new Line(r.summary().code(), r.summary().displayName(),
                "/cases/" + r.summary().id(), r.alert() == null ? "home.checkins.overdue" : "checkins.kind." + r.alert().kind(),
                true)).toList();
        return Optional.of(new Attention("checkins", "home.checkins.title", "/checkins", true, rows.size(), lines));
    }

    /** Open alerts on the cases the member may see: one audit row for the list, nothing personal. */
    @Override
    @Transactional(readOnly = true)
    public int urgentCount() {
        if (WORKERS.stream().noneMatch(staff::has)) {
            return 0;
        }
        Set<CaseId> alerting = alerts.openIn(staff.organizationId()).stream().map(Alert::caseId).collect(Collectors.toSet());
        if (alerting.isEmpty()) {
            return 0;
        }
        return (int) cases.visible("checkin.alert.count").stream().map(CaseRef::id).filter(alerting::contains).count();
    }
}
