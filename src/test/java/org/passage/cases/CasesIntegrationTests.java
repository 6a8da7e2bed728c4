package org.passage.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.PassageIntegrationTest;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffPrincipal;
import org.passage.support.ActingStaff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one door into a case on PostgreSQL: each pass through the gate is one need-to-know decision and one audit row;
 * projections of a staff member's ticket add none; tickets are honoured only for their holder; the system's tickets
 * audit every personal projection.
 */
@PassageIntegrationTest
class CasesIntegrationTests {

    @Autowired
    Cases cases;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    StaffMember coordinator;
    StaffMember caseworker;
    StaffMember lawyer;
    StaffMember unassigned;
    StaffMember stranger;
    CaseId caseId;
    long before;

    @BeforeEach
    void aCaseWithItsCaseworkerAndLawyer() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Door");
        coordinator = staff.member(org, Role.COORDINATOR);
        caseworker = staff.member(org, Role.CASEWORKER);
        lawyer = staff.member(org, Role.LAWYER);
        unassigned = staff.member(org, Role.CASEWORKER);
        stranger = staff.member(staff.organization("Elsewhere"), Role.COORDINATOR);
        caseId = cases.openForApplicant(org, "Дверев Иван").id();
        for (StaffMember m : List.of(caseworker, lawyer)) {
            jdbc.sql("insert into case_assignments (case_id, staff_id, assigned_at) values (?, ?, now())").params(caseId.value(), m.id()).update();
        }
        before = jdbc.sql("select coalesce(max(sequence), 0) from audit_event").query(Long.class).single();
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachPassThroughTheGateIsOneAuditRowWithItsPurpose() {
        actAs(caseworker);
        CaseRef read = cases.read(caseId, "test.read");
        CaseRef change = cases.change(caseId, "test.change");

        assertThat(read.isHeldBy(caseworker.id())).isTrue();
        assertThat(read.mayChange()).isTrue();
        assertThat(change.code()).isEqualTo(read.code());
        assertThat(rows()).containsExactly("test.read SUCCESS ", "test.change SUCCESS ");
    }

    @Test
    void anActIsOneRowWithWhatCameOfIt() {
        actAs(caseworker);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            CaseRef ticket = cases.change(caseId, "test.details");
            cases.note(ticket, "details updated");
        });

        assertThat(rows()).containsExactly("test.details SUCCESS details updated");
    }

    @Test
    void projectionsOfAStaffTicketWriteNoAuditRow() {
        actAs(caseworker);
        CaseRef ticket = cases.read(caseId, "test.read");
        long afterGate = maxSequence();

        assertThat(cases.summary(ticket).displayName()).isEqualTo("Дверев Иван");
        assertThat(cases.applicant(ticket).names()).containsExactly("Дверев Иван");
        assertThat(cases.record(ticket).name()).isEqualTo("Дверев Иван");
        assertThat(maxSequence()).as("no audit row after the gate's").isEqualTo(afterGate);
    }

    @Test
    void aTicketIsHonouredOnlyForTheStaffMemberItWasIssuedTo() {
        actAs(coordinator);
        CaseRef coordinators = cases.change(caseId, "test.read");

        actAs(caseworker);
        assertThatThrownBy(() -> cases.summary(coordinators)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.record(coordinators)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.moveTo(coordinators, Stage.VETTING)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCaseOfAnotherOrganizationOrNotAssignedIsNoSuchCaseAndAudited() {
        actAs(stranger);
        assertThatThrownBy(() -> cases.read(caseId, "test.read")).isInstanceOf(NoSuchCase.class);
        actAs(unassigned);
        assertThatThrownBy(() -> cases.change(caseId, "test.change")).isInstanceOf(NoSuchCase.class);
        assertThatThrownBy(() -> cases.read(CaseId.random(), "test.read")).isInstanceOf(NoSuchCase.class);
        assertThat(cases.readable(List.of(caseId), "test.list")).isEmpty();

        assertThat(rows()).containsExactly("test.read DENIED no need to know", "test.change DENIED no need to know");
    }

    @Test
    void whoMaySeeButNotChangeIsRefusedWith403() {
        actAs(lawyer);
        assertThat(cases.read(caseId, "test.read").mayChange()).isFalse();
        assertThatThrownBy(() -> cases.change(caseId, "test.change")).isInstanceOf(AccessDeniedException.class)
                .isNotInstanceOf(NoSuchCase.class);

        assertThat(rows()).containsExactly("test.read SUCCESS ", "test.change DENIED may not change this case");
    }

    @Test
    void theSystemsTicketsAuditEveryPersonalProjection() {
        CaseRef ticket = cases.forSystem(caseId, "test.system").orElseThrow();
        assertThat(ticket.forSystem()).isTrue();
        cases.applicant(ticket);
        cases.summary(ticket);

        assertThat(rows()).containsExactly("test.system SUCCESS the system, nothing personal",
                "case.names SUCCESS read by the system", "case.summary SUCCESS read by the system");
    }

    private List<String> rows() {
        return jdbc.sql("""
                        select action || ' ' || outcome || ' ' || detail from audit_event
                        where record_type = 'case' and record_id = ? and sequence > ? order by sequence""")
                .params(caseId.toString(), before).query(String.class).list();
    }

    private long maxSequence() {
        return jdbc.sql("select max(sequence) from audit_event").query(Long.class).single();
    }

    private static void actAs(StaffMember member) {
        var principal = new StaffPrincipal(member.id(), member.organizationId(), member.username().value(), member.displayName(),
                member.roles(), 0);
        SecurityContextHolder.getContext().setAuthentication(new StaffAuthentication(principal, StaffAuthentication.Stage.COMPLETE));
    }
}
