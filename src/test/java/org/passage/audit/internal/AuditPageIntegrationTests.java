package org.passage.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.ui.ConcurrentModel;

/** The audit page below the web layer: own organization only, newest first, filters, paging, and reading is audited. */
@SpringBootTest
@ActiveProfiles("test")
class AuditPageIntegrationTests {

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
        var model = new ConcurrentModel();
        String view = controller.events(ngo, "case.read", null, null, null, null, null, null, model, new MockHttpServletResponse());

        assertThat(view).isEqualTo("audit/events");
        assertThat(model.getAttribute("page")).isNotNull();
        assertThat(jdbc.sql("select detail from audit_event where action = 'audit.read' and organization_id = ?").param(ngo)
                .query(String.class).list()).containsExactly("action=case.read, page=0");
    }

    @Test
    void badFiltersAreNamedAndNothingIsRead() {
        var response = new MockHttpServletResponse();
        var model = new ConcurrentModel();
        controller.events(ngo, "x".repeat(65), null, null, null, "2026-13-01", "yesterday", "-3", model, response);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((AuditFilter) model.getAttribute("filter")).errors()).containsExactly("action", "from", "to", "page");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'audit.read' and organization_id = ?").param(ngo)
                .query(Long.class).single()).isZero();
        assertThat(AuditFilter.of(null, null, null, null, "2026-11-22", "2026-11-21", null).errors()).containsExactly("to");
    }

    @Test
    void anAccountWithoutOrganizationIsDenied() {
        assertThatThrownBy(() -> controller.events(null, null, null, null, null, null, null, null, new ConcurrentModel(), new MockHttpServletResponse()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<String> ids(AuditFilter filter) {
        return queries.page(ngo, filter).lines().stream().map(AuditQueries.Line::recordId).toList();
    }
}
