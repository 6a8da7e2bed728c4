package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
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
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bad input on the vetting page refused with the field at fault and nothing stored; contradicting periods kept only
 * when explained, and then flagged; and a busy period (30 documented and 148 inferred incidents of his unit) shown as
 * at most 15 findings, red flags first, with a decision form that cites red flags only — its page size printed.
 */
@PassageIntegrationTest
class VettingInputIntegrationTests {

    @org.springframework.test.context.DynamicPropertySource
    static void geoData(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("passage.geo.data", () -> (org.passage.geo.GeoFixtures.sharedDataPresent()
                ? org.passage.geo.GeoFixtures.SHARED_DATA : org.passage.geo.GeoFixtures.fixtureData()).toString());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;

    private StaffMember analyst;
    private String caseId;

    @BeforeEach
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID organization = staff.organization("Input");
        StaffMember coordinator = staff.member(organization, Role.COORDINATOR);
        analyst = staff.member(organization, Role.VETTING_ANALYST);
        caseId = ActingStaff.openCase(mvc, coordinator, "Вводов Олег", "VVODOV OLEG");
        mvc.perform(post("/cases/" + caseId + "/assignments").with(csrf()).with(ActingStaff.as(coordinator))
                .param("staffId", analyst.id().toString())).andExpect(status().is3xxRedirection());
    }

    @Test
    void badPeriodsAreRefusedWithTheFieldAtFaultAndContradictionsAreFlagged() throws Exception {
        period("в/ч 11111", "57.8194", "28.3318", "2022-05", "2022-03", "").andExpect(status().isBadRequest())
                .andExpect(model().attribute("errorField", "to"));
        period("в/ч 11111", "57.8194", "28.3318", "2031-01", "", "").andExpect(status().isBadRequest())
                .andExpect(model().attribute("errorField", "from"));
        period("в/ч 11111", "57.8194", "", "2021-01", "", "").andExpect(status().isBadRequest())
                .andExpect(model().attribute("errorField", "longitude"));
        assertThat(periods()).isZero();

        period("в/ч 11111", "57.8194", "28.3318", "2021-01", "2021-12", "").andExpect(status().is3xxRedirection());
        // the same months 1,400 km away: refused unless explained, then kept and flagged for the second analyst
        period("в/ч 22222", "44.6167", "33.5254", "2021-06", "2021-08", "").andExpect(status().isBadRequest())
                .andExpect(model().attribute("errorField", "overlapNote"));
        assertThat(periods()).isEqualTo(1);
        period("в/ч 22222", "44.6167", "33.5254", "2021-06", "2021-08", "detached to Sevastopol for an exercise").andExpect(status().is3xxRedirection());
        run();
        assertThat(kinds()).contains("CONCERN periods-overlap", "SERIOUS territory-occupied");
    }

    @Test
    void aBusyPeriodShowsAtMostFifteenFindingsAndTheFormCitesRedFlagsOnly() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID unit = UUID.randomUUID();
        jdbc.sql("insert into units (id, unit_key, name, unit_type, source, origin, updated_at) values (:id, :key, :name, 'BRIGADE', 'test', 'analyst', now())")
                .param("id", unit).param("key", "busy|" + tag).param("name", "Busy brigade " + tag).update();
        for (int i = 0; i < 178; i++) {
            UUID incident = UUID.randomUUID();
            boolean documented = i < 30;
            jdbc.sql("""
                    insert into incidents (id, dataset, external_id, starts_on, ends_on, place, latitude, longitude, title, summary, civilian_harm,
                                           source_urls, origin)
                    values (:id, 'bellingcat', :ext, :from, :from, 'Near Bucha', :lat, 30.22, :title, 'A reported incident.', true, '{https://example.org/r}', 'import')""")
                    .param("id", incident).param("ext", "BUSY-" + tag + "-" + i).param("from", LocalDate.of(2022, 3, 1 + i % 28))
                    .param("lat", 50.50 + (i % 20) * 0.01).param("title", "Incident " + i).update();
            jdbc.sql("""
                    insert into unit_incident_links (id, unit_id, incident_id, confidence, basis, origin, decision, source_urls, distance_km, created_at)
                    values (:id, :unit, :incident, :confidence, :basis, :origin, :decision, '{https://example.org/r}', 4, now())""")
                    .param("id", UUID.randomUUID()).param("unit", unit).param("incident", incident)
                    .param("confidence", documented ? "CONFIRMED" : "POSSIBLE").param("basis", documented ? "a court judgment" : "Inferred: 4 km, 2 days")
                    .param("origin", documented ? "analyst" : "inferred").param("decision", documented ? "CONFIRMED" : null).update();
        }
        mvc.perform(post("/cases/" + caseId + "/vetting/periods").with(csrf()).with(ActingStaff.as(analyst))
                .param("unit", "Busy brigade").param("unitChoice", unit.toString()).param("latitude", "50.5436").param("longitude", "30.2120")
                .param("from", "spring 2022").param("sourceKind", "STATEMENT")).andExpect(status().is3xxRedirection());
        run();

        List<String> kinds = kinds();
        assertThat(kinds.size()).as("findings of the only period, plus those of the run").isLessThanOrEqualTo(15 + 3);
        String page = mvc.perform(get("/cases/" + caseId + "/vetting").with(ActingStaff.as(analyst))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int bytes = page.getBytes(StandardCharsets.UTF_8).length;
        int map = page.indexOf("</svg>") - page.indexOf("<svg");
        int redFlags = count(page, "class=\"red-flag\"");
        int cited = count(page, "name=\"cited\"");
        System.out.printf("busy period (30 documented + 148 inferred incidents of his unit): %d findings, %d red flags, %d checkboxes on the form,"
                + " page %d bytes, of which the inline map %d%n", kinds.size(), redFlags, cited, bytes, map);
        assertThat(redFlags).isPositive();
        assertThat(cited).as("the form cites red flags only").isEqualTo(redFlags);
        assertThat(page.indexOf("id=\"red-flags\"")).isLessThan(page.indexOf("id=\"findings-list\""));
        assertThat(bytes).as("page size").isLessThan(250_000);
    }

    private ResultActions period(String unit, String lat, String lon, String from, String to, String overlapNote) throws Exception {
        return mvc.perform(post("/cases/" + caseId + "/vetting/periods").with(csrf()).with(ActingStaff.as(analyst))
                .param("unit", unit).param("unitChoice", "none").param("latitude", lat).param("longitude", lon).param("from", from).param("to", to)
                .param("sourceKind", "STATEMENT").param("overlapNote", overlapNote));
    }

    private void run() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/vetting/runs").with(csrf()).with(ActingStaff.as(analyst))).andExpect(status().is3xxRedirection());
    }

    private long periods() {
        return jdbc.sql("select count(*) from vetting_periods where case_id = :c").param("c", UUID.fromString(caseId)).query(Long.class).single();
    }

    private List<String> kinds() {
        return new ArrayList<>(jdbc.sql("""
                select f.severity || ' ' || f.kind from vetting_findings f join vetting_runs r on r.id = f.run_id
                where f.case_id = :c and r.number = (select max(number) from vetting_runs where case_id = :c)""")
                .param("c", UUID.fromString(caseId)).query(String.class).list());
    }

    private static int count(String text, String needle) {
        return (int) Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }
}
