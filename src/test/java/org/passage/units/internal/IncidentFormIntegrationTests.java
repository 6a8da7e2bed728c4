package org.passage.units.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The new-incident form opened by a link is empty: an address (a link in a message) cannot fill in a fabricated
 * incident with its sources for an analyst to save; a form refused keeps what he typed.
 */
@PassageIntegrationTest
class IncidentFormIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    StaffMember analyst;

    @BeforeEach
    void anAnalyst() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        analyst = staff.member(staff.organization("Incident Form"), Role.VETTING_ANALYST);
    }

    @Test
    void aLinkDoesNotFillInTheNewIncidentForm() throws Exception {
        mvc.perform(get("/units/incidents/new").param("title", "Fabricated MARKERTITLE").param("summary", "MARKERSUMMARY")
                        .param("sources", "https://collector.example/x").param("place", "MARKERPLACE").with(ActingStaff.as(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("MARKER"))))
                .andExpect(content().string(not(containsString("collector.example"))));
    }

    @Test
    void aRefusedNewIncidentKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/units/incidents").param("title", "Typed title KEPT").param("place", "Bucha").param("from", "2022-03-01")
                        .param("summary", "Typed summary KEPT").param("documentation", "REPORTED").param("sources", " ")
                        .with(csrf()).with(ActingStaff.as(analyst)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Typed title KEPT")))
                .andExpect(content().string(containsString("Typed summary KEPT")));
    }

    /** walk23 saw the units' refusals in English on Russian pages: each is said in the page's language, what it names kept. */
    @Test
    void aRefusalIsSaidInThePagesLanguage() throws Exception {
        mvc.perform(post("/units/incidents").param("title", "Обстрел").param("place", "Буча").param("from", "2022-03-05").param("to", "2022-03-01")
                        .param("summary", "Сводка").param("documentation", "REPORTED").param("sources", "https://example.org/report")
                        .header("Accept-Language", "ru").with(csrf()).with(ActingStaff.as(analyst)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("событие заканчивается в день начала или позже")))
                .andExpect(content().string(not(containsString("the event ends on or after"))));
        mvc.perform(post("/units/incidents").param("title", "Обстрел").param("place", "Буча").param("from", "2022-03-01")
                        .param("summary", "Сводка").param("documentation", "REPORTED").param("sources", "ftp://example.org/report")
                        .header("Accept-Language", "ru").with(csrf()).with(ActingStaff.as(analyst)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("каждый источник — адрес https://: ftp://example.org/report")));
        mvc.perform(post("/units/incidents").param("title", "Shelling").param("place", "Bucha").param("from", "2022-03-01")
                        .param("summary", "Summary").param("documentation", "REPORTED").param("sources", " ")
                        .header("Accept-Language", "en").with(csrf()).with(ActingStaff.as(analyst)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("an incident needs at least one public source")))
                .andExpect(content().string(not(containsString("units.error"))));
    }
}
