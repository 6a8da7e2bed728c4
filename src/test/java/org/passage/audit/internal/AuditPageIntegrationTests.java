package org.passage.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Role;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffPrincipal;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.ConcurrentModel;

/** The audit page: own organization only, newest first, filters, paging, reading audited, auditors only. */
@PassageIntegrationTest
class AuditPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditQueries queries;
    @Autowired
    AuditPageController controller;
    @Autowired
    JdbcClient jdbc;

    final UUID ngo = UUID.randomUUID();
    final UUID otherNgo = UUID.randomUUID();
    final UUID auditorId = UUID.randomUUID();

    /**
     * A fully logged-in staff member. The session epoch -1 is what the security feature reads for a staff id
     * without credentials, so this synthetic login passes its "log out everywhere" check.
     */
    StaffAuthentication staff(UUID organization, Role role) {
        return new StaffAuthentication(new StaffPrincipal(auditorId, organization, "auditor", "Auditor", Set.of(role), -1),
                StaffAuthentication.Stage.COMPLETE);
    }

    void signIn(UUID organization, Role role) {
        SecurityContextHolder.getContext().setAuthentication(staff(organization, role));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAuditorSeesTheirOrganizationsTrailAndTheReadingIsAudited() throws Exception {
        trail.record(AuditEvent.of("case.read", "case", "visible-case-id", ngo));
        trail.record(AuditEvent.of("case.read", "case", "foreign-case-id", otherNgo));

        String html = mvc.perform(get("/audit").param("recordType", "case").with(authentication(staff(ngo, Role.AUDITOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("visible-case-id", "Audit trail").doesNotContain("foreign-case-id");
        assertThat(jdbc.sql("select actor from audit_event where action = 'audit.read' and organization_id = ?").param(ngo)
                .query(String.class).list()).containsExactly(auditorId.toString());
    }

    @Test
    void everyKindOfActIsNamedInWordsAndAPurposeInWordsFallsInItsKind() throws Exception {
        // what the demo and the readers leave on a real trail: purposes in words, and families of their own
        trail.record(AuditEvent.of("demo check-ins", "case", "demo-checkins-record", ngo));
        trail.record(AuditEvent.of("journey statistics", "case", "statistics-record", ngo));
        trail.record(AuditEvent.of("sign_off.flagged", "vetting_decision", "flagged-record", ngo));
        trail.record(AuditEvent.of("risk.update", "country_risk", "risk-record", ngo));
        trail.record(AuditEvent.of("organization.created", "organization", "organization-record", ngo));

        String html = mvc.perform(get("/audit").param("lang", "en").with(authentication(staff(ngo, Role.AUDITOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String select = html.substring(html.indexOf("<select id=\"family\""), html.indexOf("</select>", html.indexOf("<select id=\"family\"")));
        assertThat(select).contains(">Demo data<", ">Journeys<", ">Sign-offs to look at<", ">Country risks<", ">Organizations<")
                .doesNotContain(">demo check-ins<", ">journey statistics<", ">sign_off<", ">risk<", ">organization<");

        String demo = mvc.perform(get("/audit").param("family", "demo").with(authentication(staff(ngo, Role.AUDITOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(demo).contains("demo-checkins-record").doesNotContain("statistics-record");
    }

    @Test
    void otherRolesAndAnonymousVisitorsAreKeptOut() throws Exception {
        trail.record(AuditEvent.of("case.read", "case", "hidden-case-id", ngo));
        for (Role role : new Role[] {Role.CASEWORKER, Role.COORDINATOR, Role.ORG_ADMIN, Role.LAWYER, Role.VETTING_ANALYST}) {
            String body = mvc.perform(get("/audit").with(authentication(staff(ngo, role))))
                    .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
            assertThat(body).as(role.name()).doesNotContain("hidden-case-id");
        }
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
    }

    /** The filter's days are typed as every date field of Passage takes them, not in the browser's own order. */
    @Test
    void theFilterTakesDaysTypedDayFirst() throws Exception {
        String html = mvc.perform(get("/audit").param("from", "01.12.2026").param("to", "07.12.2026").param("lang", "ru")
                        .with(authentication(staff(ngo, Role.AUDITOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"2026-12-01\"", "value=\"2026-12-07\"", "placeholder=\"ГГГГ-ММ-ДД или ДД.ММ.ГГГГ\"")
                .doesNotContain("type=\"date\"");
        assertThat(AuditFilter.of(null, null, null, null, "31.02.2026", null, null).errors()).containsExactly("from");
    }

    @Test
    void badFiltersGetAPageNamingThem() throws Exception {
        String html = mvc.perform(get("/audit").param("from", "not-a-date").with(authentication(staff(ngo, Role.AUDITOR))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("These filters could not be used").contains(">From<");
    }

    @Test
    void showsOnlyTheAuditorsOwnOrganizationNewestFirst() {
        trail.record(AuditEvent.of("case.read", "case", "mine-1", ngo));
        trail.record(AuditEvent.of("case.read", "case", "theirs", otherNgo));
        trail.record(AuditEvent.of("case.update", "case", "mine-2", ngo));

        var page = queries.page(ngo, AuditFilter.of(null, null, null, null, null, null, null));

        assertThat(page.lines()).extracting(AuditQueries.Line::recordId).containsExactly("mine-2", "mine-1");
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void filtersByActionRecordActorAndDay() {
        trail.record(AuditEvent.of("case.read", "case", "a", ngo));
        trail.record(AuditEvent.of("case.update", "case", "a", ngo));
        trail.record(AuditEvent.of("case.read", "checkin", "b", ngo).denied("not assigned"));
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();

        assertThat(ids(AuditFilter.of("case.read", null, null, null, null, null, null))).containsExactly("b", "a");
        assertThat(ids(AuditFilter.of(null, "checkin", null, null, null, null, null))).containsExactly("b");
        assertThat(ids(AuditFilter.of(null, "case", "a", null, null, null, null))).containsExactly("a", "a");
        assertThat(ids(AuditFilter.of(null, null, null, "system", today, today, null))).hasSize(3);
        assertThat(ids(AuditFilter.of(null, null, null, "someone-else", null, null, null))).isEmpty();
        assertThat(ids(AuditFilter.of(null, null, null, null, tomorrow, null, null))).isEmpty();
    }

    @Test
    void pagesFiftyAtATime() {
        for (int i = 0; i < 120; i++) {
            trail.record(AuditEvent.of("case.read", "case", "p" + i, ngo));
        }
        var first = queries.page(ngo, AuditFilter.of(null, null, null, null, null, null, "0"));
        var third = queries.page(ngo, AuditFilter.of(null, null, null, null, null, null, "2"));
        assertThat(first.lines()).hasSize(50).first().extracting(AuditQueries.Line::recordId).isEqualTo("p119");
        assertThat(first.hasNext()).isTrue();
        assertThat(third.lines()).hasSize(20).last().extracting(AuditQueries.Line::recordId).isEqualTo("p0");
        assertThat(third.hasNext()).isFalse();
    }

    @Test
    void readingThePageIsItselfAudited() {
        signIn(ngo, Role.AUDITOR);
        var model = new ConcurrentModel();
        String view = controller.events(ngo, "case.read", null, null, null, null, null, null, null, null, model, new MockHttpServletResponse());

        assertThat(view).isEqualTo("audit/events");
        assertThat(model.getAttribute("page")).isNotNull();
        assertThat(jdbc.sql("select detail from audit_event where action = 'audit.read' and organization_id = ?").param(ngo)
                .query(String.class).list()).containsExactly("action=case.read, page=0");
    }

    @Test
    void badFiltersAreNamedAndNothingIsRead() {
        signIn(ngo, Role.AUDITOR);
        var response = new MockHttpServletResponse();
        var model = new ConcurrentModel();
        controller.events(ngo, "x".repeat(65), null, null, null, null, null, "2026-13-01", "yesterday", "-3", model, response);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((AuditFilter) model.getAttribute("filter")).errors()).containsExactly("action", "from", "to", "page");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'audit.read' and organization_id = ?").param(ngo)
                .query(Long.class).single()).isZero();
        assertThat(AuditFilter.of(null, null, null, null, "2026-11-22", "2026-11-21", null).errors()).containsExactly("to");
    }

    @Test
    void anAccountWithoutOrganizationIsDenied() {
        signIn(ngo, Role.AUDITOR);
        assertThatThrownBy(() -> controller.events(null, null, null, null, null, null, null, null, null, null, new ConcurrentModel(), new MockHttpServletResponse()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<String> ids(AuditFilter filter) {
        return queries.page(ngo, filter).lines().stream().map(AuditQueries.Line::recordId).toList();
    }
}
