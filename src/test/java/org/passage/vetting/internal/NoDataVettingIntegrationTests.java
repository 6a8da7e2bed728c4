package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Issue 12's "done when", end to end as in a clone without ../shared: no occupied-territory data and no dataset
 * loaded, a vetting of service in Bucha 2022-03-15, Izium 2022-06, Mariupol 2023-03, Donetsk 2021-03 and Simferopol
 * 2019, its page, its two-person decision and the signed dossier: the four places the data cannot decide are "not
 * checked" everywhere, never "not occupied" nor "held by Ukraine"; Crimea is occupied, stated from the law.
 */
@PassageIntegrationTest(properties = {"passage.geo.data=target/no-such-geo-data", "passage.datasets.store=target/test-data/datasets-none"})
class NoDataVettingIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;

    @Test
    void thePageTheFindingsAndTheDossierSayNotCheckedNeverNotOccupied() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID organization = staff.organization("No Data");
        StaffMember coordinator = staff.member(organization, Role.COORDINATOR);
        StaffMember analyst = staff.member(organization, Role.VETTING_ANALYST);
        StaffMember analyst2 = staff.member(organization, Role.VETTING_ANALYST);
        String caseId = ActingStaff.openCase(mvc, coordinator, "Беглов Пётр", "BEGLOV PETR");
        for (StaffMember a : List.of(analyst, analyst2)) {
            mvc.perform(post("/cases/" + caseId + "/assignments").with(csrf()).with(ActingStaff.as(coordinator))
                    .param("staffId", a.id().toString())).andExpect(status().is3xxRedirection());
        }
        period(caseId, analyst, "Bucha", "50.5436", "30.2120", "2022-03-15");
        period(caseId, analyst, "Izium", "49.2128", "37.2569", "2022-06");
        period(caseId, analyst, "Mariupol", "47.0971", "37.5434", "2023-03");
        period(caseId, analyst, "Donetsk", "48.0159", "37.8028", "2021-03");
        period(caseId, analyst, "Simferopol", "44.9521", "34.1024", "2019");
        mvc.perform(post("/cases/" + caseId + "/vetting/runs").with(csrf()).with(ActingStaff.as(analyst))).andExpect(status().is3xxRedirection());

        List<String> territory = jdbc.sql("select kind from vetting_findings where case_id = :c and identity like 'territory:%' order by position")
                .param("c", UUID.fromString(caseId)).query(String.class).list();
        assertThat(territory).containsExactlyInAnyOrder("territory-unchecked", "territory-unchecked", "territory-unchecked",
                "territory-unchecked", "territory-occupied");

        String page = mvc.perform(get("/cases/" + caseId + "/vetting").with(ActingStaff.as(analyst))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("not checked").doesNotContainIgnoringCase("held by Ukraine").doesNotContainIgnoringCase("not occupied")
                .contains("./passage data update");

        UUID crimea = jdbc.sql("select id from vetting_findings where kind = 'territory-occupied' and case_id = :c")
                .param("c", UUID.fromString(caseId)).query(UUID.class).single();
        mvc.perform(post("/cases/" + caseId + "/vetting/decision").with(csrf()).with(ActingStaff.as(analyst))
                .param("outcome", "CONCERNS_TO_RESOLVE").param("rationale", "Served in Crimea; the rest could not be checked.")
                .param("cited", crimea.toString())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/vetting/decision/review").with(csrf()).with(ActingStaff.as(analyst2))
                .with(ActingStaff.onDevice("analyst2"))
                .param("verdict", "confirm").param("reason", "")).andExpect(status().is3xxRedirection());

        for (String language : List.of("en", "fr")) {
            String location = mvc.perform(post("/cases/{id}/dossiers", caseId).with(csrf()).with(ActingStaff.as(coordinator))
                            .param("language", language).param("profile", "authority").param("recipient", "Consulate"))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            String export = location.replaceAll(".*exported=([0-9a-f-]+).*", "$1");
            byte[] pdf = mvc.perform(get("/cases/{id}/dossiers/{e}/pdf", caseId, export).with(ActingStaff.as(coordinator)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            String text;
            try (var document = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
            assertThat(text).contains(language.equals("en") ? "Not checked — no occupation data for these dates" : "Non vérifié")
                    .doesNotContainIgnoringCase("not occupied").doesNotContainIgnoringCase("non occupée").doesNotContainIgnoringCase("held by Ukraine");
            // the dossier writes its findings in its own language
            boolean english = language.equals("en");
            for (String place : List.of("Bucha", "Izium", "Mariupol", "Donetsk")) {
                int at = text.indexOf((english ? "Claimed service in " : "Service déclaré à ") + place);
                assertThat(at).as(place + "'s finding in " + language).isNotNegative();
                int end = text.indexOf("Source", at);
                String finding = text.substring(at, end > at ? end : Math.min(text.length(), at + 200));
                assertThat(finding).contains(english ? "occupation not checked" : "occupation non vérifiée")
                        .doesNotContain(english ? "line of contact" : "ligne de contact");
            }
        }
    }

    private void period(String caseId, StaffMember who, String place, String lat, String lon, String from) throws Exception {
        mvc.perform(post("/cases/" + caseId + "/vetting/periods").with(csrf()).with(ActingStaff.as(who))
                        .param("unit", "в/ч 00000").param("role", "driver").param("place", place).param("latitude", lat).param("longitude", lon)
                        .param("from", from).param("to", "").param("sourceKind", "STATEMENT").param("sourceDescription", "interview"))
                .andExpect(status().is3xxRedirection());
    }
}
