package org.passage.journeys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.journeys.RiskLevel;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@PassageIntegrationTest
class RiskRegisterIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    RiskRegister register;

    private UUID organization;
    private StaffMember coordinator;
    private StaffMember caseworker;

    @BeforeEach
    void setUp() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        organization = staff.organization("Risks");
        coordinator = staff.member(organization, Role.COORDINATOR);
        caseworker = staff.member(organization, Role.CASEWORKER);
    }

    @Test
    void aCoordinatorAssessesACountryAndTheEditIsAudited() throws Exception {
        mvc.perform(kazakhstan(coordinator)).andExpect(status().is3xxRedirection());

        var risk = register.find(organization, "KZ").orElseThrow();
        assertThat(risk.extradition().level()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.highest()).isEqualTo(RiskLevel.HIGH);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'risk.update' and record_id = 'KZ' and organization_id = ?")
                .param(organization).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/risks").with(ActingStaff.as(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Minsk Convention")));
    }

    @Test
    void aBadFieldIsNamedAndTheOldAssessmentStays() throws Exception {
        mvc.perform(kazakhstan(coordinator)).andExpect(status().is3xxRedirection());
        mvc.perform(kazakhstan(coordinator, "kidnappingLevel", "APOCALYPTIC", "extraditionLevel", "LOW"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Choose a level from the list")));
        mvc.perform(kazakhstan(coordinator, "sources", " ", "lang", "fr"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Citez au moins une source")));
        mvc.perform(kazakhstan(coordinator, "assessedOn", "2999-01-01"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("in the future")));
        assertThat(register.find(organization, "KZ").orElseThrow().extradition().level()).isEqualTo(RiskLevel.HIGH);
    }

    /** The country's page open in two tabs: the second, shown before the first saved, no longer overwrites it. */
    @Test
    void anAssessmentSavedFromAnotherTabIsNotOverwritten() throws Exception {
        String page = mvc.perform(get("/risks/KZ").with(ActingStaff.as(coordinator))).andReturn().getResponse().getContentAsString();
        var hidden = java.util.regex.Pattern.compile("name=\"shownRisk\" value=\"([0-9a-f]*)\"").matcher(page);
        assertThat(hidden.find()).as("the form carries what it showed").isTrue();
        mvc.perform(kazakhstan(coordinator, "shownRisk", hidden.group(1))).andExpect(status().is3xxRedirection());
        mvc.perform(kazakhstan(coordinator, "shownRisk", hidden.group(1), "extraditionLevel", "LOW", "lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Оценку этой страны кто-то сохранил после того, как вы открыли страницу")));
        assertThat(register.find(organization, "KZ").orElseThrow().extradition().level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void onlyCoordinatorsEditAndOnlyTheirOwnOrganizationsRegister() throws Exception {
        mvc.perform(kazakhstan(caseworker)).andExpect(status().isForbidden());
        mvc.perform(get("/risks/KZ").with(ActingStaff.as(caseworker))).andExpect(status().isForbidden());
        var foreign = new ActingStaff(organizations, directory, jdbc).member(new ActingStaff(organizations, directory, jdbc)
                .organization("Other"), Role.COORDINATOR);
        mvc.perform(kazakhstan(foreign)).andExpect(status().is3xxRedirection());
        assertThat(register.find(organization, "KZ")).isEmpty();
        mvc.perform(get("/risks/XX").with(ActingStaff.as(coordinator))).andExpect(status().isNotFound());
    }

    @Test
    void theCasePageShowsTheRiskOfWhereThePersonIsNow() throws Exception {
        mvc.perform(kazakhstan(coordinator)).andExpect(status().is3xxRedirection());
        String body = mvc.perform(post("/api/cases").with(csrf()).with(ActingStaff.as(caseworker))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Иванов Иван\",\"latinName\":\"\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonMapper.builder().build().readTree(body).get("id").asString();
        mvc.perform(get("/cases/" + id).with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("No place recorded yet")));
        mvc.perform(post("/cases/" + id + "/locations").with(csrf()).with(ActingStaff.as(caseworker))
                .param("country", "KZ").param("city", "").param("since", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + id).with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("Risk in Kazakhstan")))
                .andExpect(content().string(containsString("Russian search requests are acted on")));
    }

    /** A valid assessment of Kazakhstan, with some fields replaced: name, value, name, value … */
    private MockHttpServletRequestBuilder kazakhstan(StaffMember actor, String... overrides) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("extraditionLevel", "HIGH");
        fields.put("extraditionText", "Minsk Convention; Russian search requests are acted on.");
        fields.put("kidnappingLevel", "ELEVATED");
        fields.put("kidnappingText", "");
        fields.put("deportationLevel", "HIGH");
        fields.put("deportationText", "90 days in 180.");
        fields.put("sources", "Human Rights Watch, World Report 2025 (as of 2025-01).");
        fields.put("assessedOn", "2025-06-01");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        var request = post("/risks/KZ").with(csrf()).with(ActingStaff.as(actor));
        fields.forEach(request::param);
        return request;
    }
}
