package org.passage.screening.internal.web;

import java.util.UUID;
import org.passage.cases.spi.CasePanel;
import org.passage.cases.CaseRef;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Screening on the case page: how many alerts of the case are open, and the way to screen the applicant. */
@Component
class ScreeningPanel implements CasePanel {

    private final JdbcClient jdbc;
    private final CurrentStaff staff;

    ScreeningPanel(JdbcClient jdbc, CurrentStaff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    /** What the fragment shows; no personal data. */
    record Data(UUID caseId, boolean mayScreen, int openAlerts) {
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
        return new Data(ref.id().value(), staff.has(Role.COORDINATOR) || staff.has(Role.VETTING_ANALYST), open);
    }
}
