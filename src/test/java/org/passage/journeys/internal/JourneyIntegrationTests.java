package org.passage.journeys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;
import org.passage.journeys.Journeys;
import org.passage.journeys.StageChanged;
import org.passage.journeys.WhereaboutsChanged;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Stage rules and location history end to end: pages, real PostgreSQL, sealing, audit and events. */
@PassageIntegrationTest
@RecordApplicationEvents
class JourneyIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    Journeys journeys;
    @Autowired
    ApplicationEvents events;

    private StaffMember caseworker;
    private StaffMember otherCaseworker;
    private String caseId;
    private final String today = LocalDate.now().toString();

    @BeforeEach
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID organization = staff.organization("Journeys");
        caseworker = staff.member(organization, Role.CASEWORKER);
        otherCaseworker = staff.member(organization, Role.CASEWORKER);
        String body = mvc.perform(post("/api/cases").with(csrf()).with(ActingStaff.as(caseworker))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Путников Олег\",\"latinName\":\"PUTNIKOV OLEG\",\"birthDate\":\"1992-05-05\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonMapper.builder().build().readTree(body).get("id").asString();
    }

    @Test
    void aNewCaseStartsItsTimelineAtFirstContact() throws Exception {
        assertThat(stagesRecorded()).containsExactly("FIRST_CONTACT");
        journeyPage().andExpect(content().string(containsString("Case opened: First contact")));
    }

    @Test
    void theRouteIsFollowedAndEachChangeIsRecordedSealedAuditedAndAnnounced() throws Exception {
        move("HIDING_IN_RUSSIA", "2026-01-10", "hides at a friend's dacha", false).andExpect(status().is3xxRedirection());
        move("IN_THIRD_COUNTRY", "2026-02-01", "", false).andExpect(status().is3xxRedirection());

        assertThat(stagesRecorded()).containsExactly("FIRST_CONTACT", "HIDING_IN_RUSSIA", "IN_THIRD_COUNTRY");
        assertThat(caseStage()).isEqualTo("IN_THIRD_COUNTRY");
        assertThat(new String(jdbc.sql("select reason from journey_stage_changes where to_stage = 'HIDING_IN_RUSSIA' and case_id = ?")
                .param(UUID.fromString(caseId)).query(byte[].class).single(), StandardCharsets.ISO_8859_1)).doesNotContain("dacha");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'journey.stage' and record_id = ? and outcome = 'SUCCESS'")
                .param(caseId).query(Integer.class).single()).isEqualTo(2);
        assertThat(events.stream(StageChanged.class).filter(e -> e.caseId().toString().equals(caseId)))
                .extracting(StageChanged::to).containsExactly(Stage.HIDING_IN_RUSSIA, Stage.IN_THIRD_COUNTRY);
        journeyPage().andExpect(content().string(containsString("hides at a friend")));
    }

    @Test
    void nonsenseIsRefusedBesideTheFieldAndNothingIsStoredUnlessItIsAReasonedCorrection() throws Exception {
        move("ARRIVED", "2026-03-01", "", false).andExpect(status().is3xxRedirection());

        move("HIDING_IN_RUSSIA", "2026-03-02", "", false).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("does not follow the route")));
        move("HIDING_IN_RUSSIA", "2026-03-02", "", true).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A correction needs a reason")));
        assertThat(stagesRecorded()).containsExactly("FIRST_CONTACT", "ARRIVED");
        assertThat(caseStage()).isEqualTo("ARRIVED");

        move("HIDING_IN_RUSSIA", "2026-03-02", "typed the wrong stage: he is still in Russia", true)
                .andExpect(status().is3xxRedirection());
        assertThat(caseStage()).isEqualTo("HIDING_IN_RUSSIA");
        assertThat(jdbc.sql("select correction from journey_stage_changes where case_id = ? and to_stage = 'HIDING_IN_RUSSIA'")
                .param(UUID.fromString(caseId)).query(Boolean.class).single()).isTrue();
    }

    @Test
    void badFieldsAreNamedInTheReadersLanguage() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/stage").with(csrf()).with(ActingStaff.as(caseworker)).param("lang", "ru")
                        .param("stage", "CROSSING").param("effective", "2999-01-01"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Эта дата в будущем")));
        move("NO_SUCH_STAGE", today, "", false).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a stage from the list")));
        // a day-first date with points is read (TypedDay); with slashes it could be March or February
        move("CROSSING", "03/02/2026", "", false).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("a date like 2026-03-02 or 02.03.2026")));
        move("FIRST_CONTACT", today, "", false).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at this stage already")));
        move("CROSSING", today, "x".repeat(1001), false).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("At most 1000 characters")));
        place("XX", "Алматы", today).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a country from the list")));
        assertThat(stagesRecorded()).containsExactly("FIRST_CONTACT");
        assertThat(jdbc.sql("select count(*) from journey_locations where case_id = ?").param(UUID.fromString(caseId))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aStageCannotBeBackdatedBeforeTheLastChangeExceptAsCorrection() throws Exception {
        move("CROSSING", "2026-02-10", "", false).andExpect(status().is3xxRedirection());
        move("IN_THIRD_COUNTRY", "2026-02-01", "", false).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("before the last change (2026-02-10)")));
    }

    @Test
    void placesMakeAHistoryTheCityIsSealedAndTheLatestIsTheWhereabouts() throws Exception {
        place("RU", "Екатеринбург", "2026-01-05").andExpect(status().is3xxRedirection());
        place("KZ", "Алматы", "2026-02-01").andExpect(status().is3xxRedirection());
        place("RU", "Омск", "2026-01-20").andExpect(status().is3xxRedirection()); // recorded late: history, not now

        var now = journeys.whereabouts(CaseId.parse(caseId)).orElseThrow();
        assertThat(now.countryCode()).isEqualTo("KZ");
        assertThat(now.since()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(journeys.whereabouts(List.of(CaseId.parse(caseId)))).containsKey(CaseId.parse(caseId));
        assertThat(events.stream(WhereaboutsChanged.class).filter(e -> e.now().caseId().toString().equals(caseId)))
                .extracting(e -> e.now().countryCode()).containsExactly("RU", "KZ");
        var cities = jdbc.sql("select city from journey_locations where case_id = ?").param(UUID.fromString(caseId))
                .query(byte[].class).list();
        assertThat(cities).hasSize(3).allSatisfy(c -> assertThat(new String(c, StandardCharsets.UTF_8)).doesNotContain("Алматы"));

        mvc.perform(get("/cases/" + caseId).with(ActingStaff.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kazakhstan, Алматы")))
                .andExpect(content().string(containsString("Place: Russia, Омск")));
    }

    @Test
    void whoMayNotChangeTheCaseChangesNothing() throws Exception {
        mvc.perform(post("/cases/" + caseId + "/stage").with(csrf()).with(ActingStaff.as(otherCaseworker))
                .param("stage", "CROSSING").param("effective", today)).andExpect(status().isNotFound());
        mvc.perform(post("/cases/" + caseId + "/locations").with(csrf()).with(ActingStaff.as(otherCaseworker))
                .param("country", "KZ").param("since", today)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + caseId + "/journey").with(ActingStaff.as(otherCaseworker))).andExpect(status().isNotFound());
        assertThat(stagesRecorded()).containsExactly("FIRST_CONTACT");
        assertThat(jdbc.sql("select count(*) from audit_event where action like 'journey.%' and outcome = 'DENIED' and record_id = ?")
                .param(caseId).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theCasePageShowsTheTimelineNewestFirst() throws Exception {
        move("HIDING_IN_RUSSIA", "2026-01-10", "", false);
        place("KZ", "", "2026-02-01");
        String page = mvc.perform(get("/cases/" + caseId).with(ActingStaff.as(caseworker)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Move to stage"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Place: Kazakhstan")).isPositive().isLessThan(page.indexOf("First contact → Hiding in Russia"));
    }

    private ResultActions move(String stage, String effective, String reason, boolean correction) throws Exception {
        return mvc.perform(post("/cases/" + caseId + "/stage").with(csrf()).with(ActingStaff.as(caseworker))
                .param("stage", stage).param("effective", effective).param("reason", reason)
                .param("correction", String.valueOf(correction)));
    }

    private ResultActions place(String country, String city, String since) throws Exception {
        return mvc.perform(post("/cases/" + caseId + "/locations").with(csrf()).with(ActingStaff.as(caseworker))
                .param("country", country).param("city", city).param("since", since));
    }

    private ResultActions journeyPage() throws Exception {
        return mvc.perform(get("/cases/" + caseId + "/journey").with(ActingStaff.as(caseworker))).andExpect(status().isOk());
    }

    private List<String> stagesRecorded() {
        return jdbc.sql("select to_stage from journey_stage_changes where case_id = ? order by recorded_at")
                .param(UUID.fromString(caseId)).query(String.class).list();
    }

    private String caseStage() {
        return jdbc.sql("select stage from cases where id = ?").param(UUID.fromString(caseId)).query(String.class).single();
    }
}
