package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.datasets.DatasetState;
import org.passage.datasets.DatasetStates;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a caseworker reads on a screening result, as a newcomer walking it found it wanting: each finding names the
 * list, its version, the dataset version and the record it rests on; a score says it is no probability; topics are
 * words; a list not loaded is said not checked (never "nothing resembles"); a decision taken before the list
 * changed the entry says so.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingSourceIntegrationTests {

    private static final String LIST = "finding-source-sanctions";
    private static final Set<String> SANCTIONS = Set.of("ofac-sdn", "un-sc-consolidated", "uk-sanctions", "eu-fsf", "opensanctions-ftm");

    @Autowired
    MockMvc mvc;
    @Autowired
    Watchlists watchlists;
    @Autowired
    ScreeningWork work;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatasetStates datasets;

    private StaffMember coordinator;
    /** The second member who confirms a decision the coordinator proposed (a decision counts once two signed it). */
    private StaffMember second;

    @BeforeAll
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Finding Sources");
        coordinator = staff.member(org, Role.COORDINATOR);
        second = staff.member(org, Role.COORDINATOR);
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v1.ftm.json");
    }

    private String openCase(String name, String latin, String born) throws Exception {
        String body = mvc.perform(post("/api/cases").with(csrf()).with(ActingStaff.as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"latinName\":\"" + latin + "\",\"birthDate\":\"" + born + "\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(body).get("id").asString();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(ActingStaff.as(coordinator))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The second member confirms the decision proposed last on the case, from his own browser. */
    private void confirmedBySecond(String kase) throws Exception {
        UUID proposal = jdbc.sql("select id from screening_review where case_id = cast(? as uuid) order by decided_at desc limit 1")
                .param(kase).query(UUID.class).single();
        assertThat(mvc.perform(post("/cases/" + kase + "/screening/reviews/" + proposal + "/second").with(csrf()).with(ActingStaff.as(second))
                .with(ActingStaff.onDevice(second.username().value())).param("outcome", "CONFIRM"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private java.util.List<String> notLoaded() {
        return datasets.all().stream().filter(s -> SANCTIONS.contains(s.dataset().name()) && s.missing())
                .map(s -> s.dataset().name()).toList();
    }

    @Test
    void aFindingNamesTheListItsVersionTheRecordAndHowToReadItsScore() throws Exception {
        String kase = openCase("Щербаков Александр Юрьевич", "SHCHERBAKOV ALEKSANDR", "1991-03-02");
        String html = page("/cases/" + kase + "/screening");
        // the list's live version: 1, or 2 once the test below imported its next version
        assertThat(html).containsPattern("<span>version [12]</span>");
        assertThat(html).contains("class=\"finding-list\"", "imported by hand, not from the catalogue", "live since ",
                "class=\"finding-record\"", ">test-shcherbakov<", "in the list since ");
        // the score is read as a similarity, never as "96 % likely him"
        assertThat(html).contains("id=\"score-scale\"", "It is not the likelihood that this is the person").containsPattern(">score [01]\\.[0-9]{2}<");
        // topics are words, not FollowTheMoney's codes
        assertThat(html).contains("<dd>intelligence services").doesNotContain("role.spy");
        // the case page's panel names the lists the case is screened against: "no open alerts" is not "clear" by itself
        assertThat(page("/cases/" + kase)).contains("id=\"screening-panel-lists\"", LIST).doesNotContain("screening-panel-none");
    }

    @Test
    void aDecisionTakenBeforeTheListChangedTheEntrySaysSo() throws Exception {
        String kase = openCase("Щербаков Александр Юрьевич", "CHTCHERBAKOV ALEXANDRE", "1991-03-02");
        assertThat(mvc.perform(post("/cases/" + kase + "/screening/reviews").with(csrf()).with(ActingStaff.as(coordinator))
                .param("list", LIST).param("entityId", "test-shcherbakov").param("decision", "DISMISSED")
                .param("reason", "Reason-7781: another father")).andReturn().getResponse().getStatus()).isEqualTo(302);
        confirmedBySecond(kase);
        assertThat(page("/cases/" + kase + "/screening")).contains("Reason-7781").doesNotContain("review-outdated");
        // version 2 adds an alias and a topic to the entry: the dismissal was read against what it said before
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v2.ftm.json");
        String html = page("/cases/" + kase + "/screening");
        assertThat(html).contains("Reason-7781", "review-outdated", "after this decision: read the entry again", "version 2");
    }

    @Test
    void aListNotLoadedIsSaidNotCheckedNeverNothingFound() throws Exception {
        var missing = notLoaded();
        var nobody = mvc.perform(post("/screening").with(csrf()).with(ActingStaff.as(coordinator)).param("name", "Zyxwv Qqqjjj"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String kase = openCase("Зыхвыв Кукуджж", "ZYXWV QQQJJJ", "1970-01-01");
        String casePage = page("/cases/" + kase + "/screening");
        for (String html : new String[] {nobody, casePage}) {
            assertThat(html).contains("id=\"screening-none\"");
            if (missing.isEmpty()) {
                assertThat(html).doesNotContain("lists-not-checked");
            } else {
                assertThat(html).contains("id=\"lists-not-checked\"", "Not checked against: " + String.join(", ", missing))
                        .contains("Nothing in the lists that were checked resembles this name")
                        .doesNotContain("Nothing on the lists resembles this name");
            }
        }
    }

    @Test
    void aDatasetWhoseLastUpdateFailedIsWanting() {
        var ofac = datasets.all().stream().filter(s -> s.dataset().name().equals("ofac-sdn")).findFirst().orElseThrow();
        var failure = new org.passage.datasets.DatasetVersion(UUID.randomUUID(), "ofac-sdn", java.time.Instant.parse("2026-12-01T00:00:00Z"),
                "https://example.org", null, 0, 0, "", org.passage.datasets.DatasetVersion.Status.FAILED, "cut off");
        var live = new org.passage.datasets.DatasetVersion(UUID.randomUUID(), "ofac-sdn", java.time.Instant.parse("2026-11-20T00:00:00Z"),
                "https://example.org", "abcdef0123456789", 10, 10, "", org.passage.datasets.DatasetVersion.Status.LIVE, null);
        var state = new DatasetState(ofac.dataset(), live, failure, false);
        assertThat(state.wanting()).isTrue();
        assertThat(state.updateFailed()).isTrue();
        assertThat(new DatasetState(ofac.dataset(), live, null, false).wanting()).isFalse();
    }

    @Test
    void aRefusedFormNamesTheFieldInWordsAndKeepsWhatWasTyped() throws Exception {
        // it read "Please correct queries.q.properties.name: …" over an empty form
        var adHoc = mvc.perform(post("/screening").with(csrf()).with(ActingStaff.as(coordinator)).param("name", "---")
                .param("birthDate", "1991").param("nationality", "ru")).andReturn().getResponse();
        assertThat(adHoc.getStatus()).isEqualTo(400);
        String html = adHoc.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"screening-error\"", "Please correct &quot;Name (any script, any order)&quot;")
                .doesNotContain("queries.q.properties").contains("value=\"---\"", "value=\"1991\"");
        // a review refused led to the ad-hoc screening form, the case and the reason gone; then to a page of its own with
        // the reason to copy; now it is said beside the form on the case's screening, the reason typed put back
        String kase = openCase("Щербаков Александр Юрьевич", "SHCHERBAKOV ALEKSANDR", "1991-03-02");
        var review = mvc.perform(post("/cases/" + kase + "/screening/reviews").with(csrf()).with(ActingStaff.as(coordinator))
                .param("list", LIST).param("entityId", "test-shcherbakov").param("decision", "DISMISSED")
                .param("reason", "Typed-5512 \u0007")).andReturn().getResponse();
        assertThat(review.getStatus()).isEqualTo(400);
        String refused = review.getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"screening-error\"", "Please correct &quot;Reason&quot;", "/cases/" + kase + "/screening/reviews")
                .doesNotContain("id=\"screening-form\"", "id=\"back-to-screening\"");
        // the error once, in the form the reason was typed in
        String typed = refused.substring(refused.indexOf(">Typed-5512 \u0007</textarea>"));
        assertThat(typed.substring(0, typed.indexOf("</form>"))).contains("class=\"field-error refused-here\"");
        assertThat(refused.split("refused-here", -1)).hasSize(2);
    }

    /** The case header counted an alert as open after the analyst had decided the hit it was raised for. */
    @Test
    void aDecisionOnAHitSettlesTheCasesOpenAlertAboutIt() throws Exception {
        String kase = openCase("Щербаков Александр Юрьевич", "SHCHERBAKOV ALEKSANDR", "1991-03-02");
        work.screenCase(org.passage.cases.CaseId.parse(kase), "test").get();
        String open = "select count(*) from screening_alert where case_id = cast(? as uuid) and list = ? and acknowledged_at is null";
        assertThat(jdbc.sql(open).params(kase, LIST).query(Integer.class).single()).isPositive();
        assertThat(mvc.perform(post("/cases/" + kase + "/screening/reviews").with(csrf()).with(ActingStaff.as(coordinator))
                .param("list", LIST).param("entityId", "test-shcherbakov").param("decision", "CONFIRMED")
                .param("reason", "Reason-9913: same photo")).andReturn().getResponse().getStatus()).isEqualTo(302);
        // a proposal settles nothing: the alert stays open until a second member confirms the decision
        assertThat(jdbc.sql(open).params(kase, LIST).query(Integer.class).single()).isPositive();
        confirmedBySecond(kase);
        assertThat(jdbc.sql(open).params(kase, LIST).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select distinct acknowledged_by from screening_alert where case_id = cast(? as uuid) and list = ?")
                .params(kase, LIST).query(UUID.class).list()).containsExactly(second.id());
    }
}
