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
        boolean reviewer = ScreeningAccess.reviewer(staff);
        // a decision that waits for this reader's second review comes first and says so (the card listed it as any alert)
        var open = alerts.visible().stream().filter(s -> s.alert().acknowledgedAt() == null)
                .sorted(java.util.Comparator.comparing(s -> !waitsFor(s, reviewer))).toList();
        // the list is named as on the alerts page: one man on three lists made three lines that looked like one repeated
        List<Line> lines = open.stream().limit(SHOWN).map(s -> new Line(s.caseCode(), s.alert().caption() + " · " + s.alert().list(),
                // the case's screening is for those who decide on hits: a caseworker or lawyer is led to the case, not to "Access denied"
                reviewer ? "/cases/" + s.alert().caseId() + "/screening" : "/cases/" + s.alert().caseId(), label(s, reviewer), false)).toList();
        return Optional.of(new Attention("screening", "home.screening.title", "/screening/alerts", false, open.size(), lines));
    }

    /** A decision on the alert's hit proposed by someone else, that this reader may confirm or reject. */
    private boolean waitsFor(AlertDesk.Shown shown, boolean reviewer) {
        var decision = shown.decision();
        return reviewer && decision != null && decision.signOff() == Reviews.SignOff.PROPOSED && !decision.decidedBy().equals(staff.staffId());
    }

    private @org.jspecify.annotations.Nullable String label(AlertDesk.Shown shown, boolean reviewer) {
        if (waitsFor(shown, reviewer)) {
            return "home.screening.yourSecondReview";
        }
        var decision = shown.decision();
        return decision != null && decision.signOff() == Reviews.SignOff.PROPOSED ? "home.screening.othersSecondReview" : null;
    }
}
