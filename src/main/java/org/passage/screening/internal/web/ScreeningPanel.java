package org.passage.screening.internal.web;

import java.util.UUID;
import org.passage.cases.spi.CasePanel;
import org.passage.cases.CaseRef;
import org.passage.security.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Screening on the case page: how many alerts of the case are open, and the way to screen the applicant. */
@Component
class ScreeningPanel implements CasePanel {

    private final JdbcClient jdbc;
    private final CurrentStaff staff;
    private final LiveIndex index;

    ScreeningPanel(JdbcClient jdbc, CurrentStaff staff, LiveIndex index) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.index = index;
    }

    /**
     * What the fragment shows; no personal data. {@code lists}: the lists the case is screened against, so that "no
     * open alerts" is never read as "screened and clear" when no list is loaded (the case was then checked against
     * nothing).
     */
    record Data(UUID caseId, boolean mayScreen, int openAlerts, java.util.List<String> lists) {
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "screening/panel";
    }

    @Override
    public Object data(CaseRef ref) {
        int open = jdbc.sql("select count(*) from screening_alert where organization_id = :org and case_id = :case and acknowledged_at is null")
                .param("org", ref.organizationId()).param("case", ref.id().value()).query(Integer.class).single();
        var lists = index.snapshot().map(snapshot -> snapshot.versions().keySet().stream().sorted().toList()).orElse(java.util.List.of());
        return new Data(ref.id().value(), ScreeningAccess.reviewer(staff), open, lists);
    }
}
