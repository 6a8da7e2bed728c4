package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PassageIntegrationTest
class CasePagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;

    private UUID organization;
    private StaffMember caseworker;

    @BeforeEach
    void setUp() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        organization = staff.organization("Cases");
        caseworker = staff.member(organization, Role.CASEWORKER);
    }

    @Test
    void aCaseworkerOpensACaseIsAssignedToItAndEveryReadIsAudited() throws Exception {
        String location = mvc.perform(post("/cases").with(csrf()).with(ActingStaff.as(caseworker))
                        .param("name", "Щербаков Александр Юрьевич").param("latinName", "SHCHERBAKOV ALEKSANDR").param("birthDate", "1991-03-02"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring("/cases/".length());

        mvc.perform(get(location).with(ActingStaff.as(caseworker)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Щербаков Александр Юрьевич")));
        mvc.perform(get("/cases").with(ActingStaff.as(caseworker)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("SHCHERBAKOV ALEKSANDR")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'case.read' and record_id = ? and actor = ?")
                .params(id, caseworker.id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anOverlongNameIsExplainedBesideItsFieldAndNothingIsSaved() throws Exception {
        int before = casesOfOrganization();
        mvc.perform(post("/cases").with(csrf()).with(ActingStaff.as(caseworker)).param("name", "Я".repeat(201)).param("latinName", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at most 200 characters")));
        assertThat(casesOfOrganization()).isEqualTo(before);
    }

    @Test
    void theApiAnswersBadFieldsWithProblemJsonNamingTheField() throws Exception {
        int before = casesOfOrganization();
        mvc.perform(post("/api/cases").with(csrf()).with(ActingStaff.as(caseworker)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Иван\",\"latinName\":\"IVAN\",\"birthDate\":\"02.03.1991\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("birthDate"));
        assertThat(casesOfOrganization()).isEqualTo(before);
    }

    @Test
    void aForgedCsrfTokenChangesNothing() throws Exception {
        int before = casesOfOrganization();
        mvc.perform(post("/cases").with(csrf().useInvalidToken()).with(ActingStaff.as(caseworker)).param("name", "Иван"))
                .andExpect(status().isForbidden());
        assertThat(casesOfOrganization()).isEqualTo(before);
    }

    @Test
    void theListFiltersByStageCountryAndStaffAndExplainsABadFilter() throws Exception {
        String first = open("Первый Пётр", "PERVYI PETR");
        String second = open("Второй Пётр", "VTOROI PETR");
        mvc.perform(post("/cases/" + second + "/stage").with(csrf()).with(ActingStaff.as(caseworker))
                .param("stage", "HIDING_IN_RUSSIA").param("effective", java.time.LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + first + "/locations").with(csrf()).with(ActingStaff.as(caseworker))
                .param("country", "AM").param("city", "").param("since", java.time.LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/cases").param("stage", "HIDING_IN_RUSSIA").with(ActingStaff.as(caseworker)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("VTOROI")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("PERVYI"))));
        mvc.perform(get("/cases").param("country", "am").with(ActingStaff.as(caseworker)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("PERVYI")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("VTOROI"))));
        mvc.perform(get("/cases").param("staff", UUID.randomUUID().toString()).with(ActingStaff.as(caseworker)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("PERVYI"))));
        mvc.perform(get("/cases").param("country", "Narnia").param("lang", "fr").with(ActingStaff.as(caseworker)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choisissez un pays dans la liste")));
    }

    @Test
    void aCoordinatorHandsACaseOverAndTheOldCaseworkerLosesAccess() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        var coordinator = staff.member(organization, Role.COORDINATOR);
        var successor = staff.member(organization, Role.CASEWORKER);
        String id = open("Передаваемый Иван", "PEREDAVAEMYI IVAN");

        mvc.perform(post("/cases/" + id + "/handover").with(csrf()).with(ActingStaff.as(caseworker))
                .param("fromStaffId", caseworker.id().toString()).param("toStaffId", successor.id().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + id + "/handover").with(csrf()).with(ActingStaff.as(coordinator))
                .param("fromStaffId", caseworker.id().toString()).param("toStaffId", successor.id().toString()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/cases/" + id).with(ActingStaff.as(caseworker))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + id).with(ActingStaff.as(successor))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'case.handover' and outcome = 'SUCCESS' and record_id = ?")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    private String open(String name, String latin) throws Exception {
        String location = mvc.perform(post("/cases").with(csrf()).with(ActingStaff.as(caseworker))
                        .param("name", name).param("latinName", latin).param("birthDate", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.substring("/cases/".length());
    }

    private int casesOfOrganization() {
        return jdbc.sql("select count(*) from cases where organization_id = ?").param(organization).query(Integer.class).single();
    }
}
