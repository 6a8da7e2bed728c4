package org.passage.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseErased;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** An erased case: its schedule stops and its open alerts close, so nothing escalates about a person who is gone. */
@PassageIntegrationTest(properties = "passage.checkins.sweep-every=PT24H")
class ErasedCasesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void erasingACaseStopsItsScheduleAndClosesItsOpenAlerts() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Erased");
        var coordinator = staff.member(org, Role.COORDINATOR);
        var id = cases.openForApplicant(org, "Тестов Стёртый").id();
        mvc.perform(post("/checkins/cases/" + id + "/schedule").param("hours", "24").with(csrf()).with(ActingStaff.as(coordinator)));
        jdbc.sql("insert into checkin_alerts (id, case_id, organization_id, kind, raised_at, level, escalated_at) values (?, ?, ?, 'DURESS', now(), 1, now())")
                .params(UUID.randomUUID(), id.value(), org).update();

        transactions.executeWithoutResult(status -> events.publishEvent(new CaseErased(id, org)));

        assertThat(jdbc.sql("select paused from checkin_schedules where case_id = ?").param(id.value()).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from checkin_alerts where case_id = ? and acknowledged_at is null").param(id.value())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'checkin.alert.close' and record_id = ?").param(id.toString())
                .query(Long.class).single()).isEqualTo(1);
    }
}
