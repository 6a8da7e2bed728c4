package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Leads vs findings on PostgreSQL: an inferred link is one CONCERN lead, listed in the review queue of the analyst who
 * may see the case (not of a coordinator, not of another organization); confirming it makes the next run a documented
 * SERIOUS unit incident, rejecting it removes it from the next run; a decision without a reason is refused, nothing changed.
 */
@PassageIntegrationTest
class LeadQueueIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;

    private StaffMember coordinator;
    private StaffMember analyst;
    private StaffMember otherAnalyst;
    private String caseId;
    private UUID unit;
    private UUID shelling;
    private UUID looting;

    @BeforeEach
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID organization = staff.organization("Leads");
        coordinator = staff.member(organization, Role.COORDINATOR);
        analyst = staff.member(organization, Role.VETTING_ANALYST);
        otherAnalyst = staff.member(staff.organization("Leads elsewhere"), Role.VETTING_ANALYST);
        caseId = ActingStaff.openCase(mvc, coordinator, "Лидов Пётр", "LIDOV PETR");
        mvc.perform(post("/cases/" + caseId + "/assignments").with(csrf()).with(ActingStaff.as(coordinator))
                .param("staffId", analyst.id().toString())).andExpect(status().is3xxRedirection());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        unit = UUID.randomUUID();
        jdbc.sql("insert into units (id, unit_key, name, unit_type, source, origin, updated_at) values (:id, :key, :name, 'BRIGADE', 'test', 'analyst', now())")
                .param("id", unit).param("key", "test|" + tag).param("name", "Test brigade " + tag).update();
        shelling = incident("LQ-" + tag + "-1", "Shelling of a school " + tag);
        looting = incident("LQ-" + tag + "-2", "Looting of a shop " + tag);
        for (UUID incident : List.of(shelling, looting)) {
            jdbc.sql("""
                    insert into unit_incident_links (id, unit_id, incident_id, confidence, basis, origin, distance_km, created_at)
                    values (:id, :unit, :incident, 'POSSIBLE', 'Inferred: test position 3 km away, 2 days before', 'inferred', 3, now())""")
                    .param("id", UUID.randomUUID()).param("unit", unit).param("incident", incident).update();
        }
    }

    @Test
    void theQueuesAddressPutsNoTextOfItsChoosingOnThePage() throws Exception {
        // a link sent to an analyst (?done=…) showed its words in the page's status box, as if Passage said them
        mvc.perform(get("/vetting/leads").param("done", "Your account is locked: call MARKERPHONE").with(ActingStaff.as(analyst)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("MARKERPHONE"))))
                .andExpect(content().string(not(containsString("id=\"lead-done\""))));
        mvc.perform(get("/vetting/leads").param("done", "confirm").with(ActingStaff.as(analyst)))
                .andExpect(content().string(containsString("id=\"lead-done\"")));
    }

    @Test
    void anInferredLinkIsALeadUntilAnAnalystConfirmsOrRejectsItInTheQueue() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/vetting/periods").with(csrf()).with(ActingStaff.as(analyst))
                .param("unit", "Test brigade").param("unitChoice", unit.toString()).param("place", "").param("latitude", "50.5436")
                .param("longitude", "30.2120").param("from", "2022-03").param("to", "").param("sourceKind", "STATEMENT"))
                .andExpect(status().is3xxRedirection());
        run();
        assertThat(kinds()).contains("CONCERN unit-incident-leads").doesNotContain("SERIOUS unit-incident");

        mvc.perform(get("/vetting/leads").with(ActingStaff.as(analyst))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Shelling of a school"))).andExpect(content().string(containsString("Looting of a shop")));
        mvc.perform(get("/vetting/leads").with(ActingStaff.as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/vetting/leads").with(ActingStaff.as(otherAnalyst))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Shelling of a school"))));

        // no reason: refused with the field, nothing decided
        mvc.perform(decide(shelling, "confirm", "")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"lead-error\"")));
        assertThat(decision(shelling)).isNull();

        mvc.perform(decide(shelling, "confirm", "OHCHR report of 2022-06-29, § 42, names the brigade")).andExpect(status().is3xxRedirection());
        mvc.perform(decide(looting, "reject", "the unit had left the area a week before")).andExpect(status().is3xxRedirection());
        assertThat(decision(shelling)).isEqualTo("CONFIRMED");
        assertThat(decision(looting)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'vetting.lead' and record_id = :u").param("u", unit.toString())
                .query(Long.class).single()).isEqualTo(2);

        run();
        assertThat(kinds()).contains("SERIOUS unit-incident").doesNotContain("CONCERN unit-incident-leads");
        mvc.perform(get("/vetting/leads").with(ActingStaff.as(analyst))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-leads\"")));
        assertThat(kinds()).filteredOn(k -> k.startsWith("SERIOUS unit-incident")).hasSize(1);
        String page = mvc.perform(get("/cases/" + caseId + "/vetting").with(ActingStaff.as(analyst))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String redFlags = page.substring(page.indexOf("id=\"red-flags\""), page.indexOf("id=\"findings-list\""));
        assertThat(redFlags).contains("Shelling of a school").doesNotContain("Looting of a shop");
    }

    private UUID incident(String externalId, String title) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into incidents (id, dataset, external_id, starts_on, ends_on, place, latitude, longitude, title, summary, civilian_harm,
                                       source_urls, origin)
                values (:id, 'bellingcat', :ext, :from, :to, 'Bucha', 50.55, 30.22, :title, '', true, '{https://example.org/report}', 'import')""")
                .param("id", id).param("ext", externalId).param("from", LocalDate.of(2022, 3, 10)).param("to", LocalDate.of(2022, 3, 12))
                .param("title", title).update();
        return id;
    }

    private void run() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/vetting/runs").with(csrf()).with(ActingStaff.as(analyst))).andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.RequestBuilder decide(UUID incident, String decision, String reason) {
        return post("/vetting/leads/decide").with(csrf()).with(ActingStaff.as(analyst)).param("unit", unit.toString())
                .param("incident", incident.toString()).param("decision", decision).param("reason", reason);
    }

    private String decision(UUID incident) {
        return jdbc.sql("select decision from unit_incident_links where unit_id = :u and incident_id = :i").param("u", unit).param("i", incident)
                .query(String.class).optional().orElse(null);
    }

    private List<String> kinds() {
        return jdbc.sql("""
                select f.severity || ' ' || f.kind from vetting_findings f join vetting_runs r on r.id = f.run_id
                where f.case_id = :c and r.number = (select max(number) from vetting_runs where case_id = :c)""")
                .param("c", UUID.fromString(caseId)).query(String.class).list();
    }
}
