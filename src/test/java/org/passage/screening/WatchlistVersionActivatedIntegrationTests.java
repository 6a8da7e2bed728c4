package org.passage.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageModuleTest;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.WatchlistVersionActivated;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Module test of screening (with the modules it needs), a scenario from watchlists: importing a list version
 * publishes {@link WatchlistVersionActivated} once it is live, and screening, hearing it after the commit,
 * rebuilds its index on its own worker and re-screens the open cases against that version: the applicant who
 * resembles a listed person gets an alert, the other applicant none.
 */
@PassageModuleTest
@org.springframework.test.context.TestPropertySource(properties = "passage.screening.screen-opened-cases=true")
class WatchlistVersionActivatedIntegrationTests {

    private static final String LIST = "scenario-sanctions";
    private static final String RENAMED_LIST = "scenario-renamed";
    private static final String OPENED_LIST = "scenario-opened";

    @Autowired
    org.passage.crypto.Sealing sealing;
    @Autowired
    MockMvc mvc;
    @Autowired
    Watchlists watchlists;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewListVersionAlertsTheOpenCasesItMatches(Scenario scenario) throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        var coordinator = staff.member(staff.organization("Screening Scenario"), Role.COORDINATOR);
        String listed = openCase(coordinator, "Щербаков Александр Юрьевич", "CHTCHERBAKOV ALEXANDRE", "1991-03-02");
        String other = openCase(coordinator, "Кузнецова Ольга", "KUZNETSOVA OLGA", "1985-01-01");

        scenario.stimulate(() -> watchlists.importVersion(new ImportRequest(LIST, ImportFormat.FTM, fixture("sanctions-v1.ftm.json"), null),
                        ImportProgress.NONE))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> alerts(listed), alerts -> !alerts.isEmpty())
                .andVerifyEvents(events -> assertThat(events).contains(WatchlistVersionActivated.class)
                        .matching(WatchlistVersionActivated::list, LIST)
                        .matching(WatchlistVersionActivated::version, 1));
        assertThat(alerts(listed)).containsExactly("test-shcherbakov:NEW");
        assertThat(alerts(other)).isEmpty();
    }

    @Test
    void anApplicantWhoseNamesChangeIsScreenedAgain(Scenario scenario) throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        var coordinator = staff.member(staff.organization("Screening Renamed"), Role.COORDINATOR);
        watchlists.importVersion(new ImportRequest(RENAMED_LIST, ImportFormat.FTM, fixture("sanctions-v1.ftm.json"), null),
                ImportProgress.NONE);
        // as the intake page opened it, under a name that matches nobody
        String renamed = openCase(coordinator, "Пётр", "", "1970-01-01");
        // the list's own re-screening of the open cases is over before the rename, so only the rename can alert now
        awaitRescreeningOf(RENAMED_LIST);
        assertThat(alerts(renamed, RENAMED_LIST)).isEmpty();

        scenario.stimulate(() -> {
                    try {
                        mvc.perform(post("/cases/" + renamed + "/applicant").with(csrf()).with(ActingStaff.as(coordinator))
                                .param("name", "Щербаков Александр Юрьевич").param("latinName", "CHTCHERBAKOV ALEXANDRE")
                                .param("birthDate", "1991-03-02"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> alerts(renamed, RENAMED_LIST), alerts -> !alerts.isEmpty())
                .andVerifyEvents(events -> assertThat(events).contains(org.passage.cases.ApplicantRenamed.class));
        assertThat(alerts(renamed, RENAMED_LIST)).containsExactly("test-shcherbakov:NEW");
    }

    @Test
    void aCaseOpenedWhileTheListIsLiveIsScreenedAtOnce(Scenario scenario) throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        var coordinator = staff.member(staff.organization("Screening Opened"), Role.COORDINATOR);
        watchlists.importVersion(new ImportRequest(OPENED_LIST, ImportFormat.FTM, fixture("sanctions-v1.ftm.json"), null),
                ImportProgress.NONE);
        awaitRescreeningOf(OPENED_LIST);
        // no new list version comes: only the opening of the case can screen it
        String[] opened = new String[1];
        scenario.stimulate(() -> {
                    try {
                        opened[0] = openCase(coordinator, "Щербаков Александр Юрьевич", "CHTCHERBAKOV ALEXANDRE", "1991-03-02");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> alerts(opened[0], OPENED_LIST), alerts -> !alerts.isEmpty())
                .andVerifyEvents(events -> assertThat(events).contains(org.passage.cases.CaseOpened.class));
        assertThat(alerts(opened[0], OPENED_LIST)).containsExactly("test-shcherbakov:NEW");
    }

    /** Waits until the list's own re-screening of the open cases is over. */
    private void awaitRescreeningOf(String list) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!jdbc.sql("select exists (select 1 from screening_run where list = ? and finished_at is not null)")
                .param(list).query(Boolean.class).single()) {
            assertThat(System.nanoTime()).as("the list's re-screening finishes").isLessThan(until);
            Thread.sleep(100);
        }
    }

    private List<String> alerts(String caseId, String list) {
        return AlertRows.of(jdbc, sealing, caseId, list, null);
    }

    private List<String> alerts(String caseId) {
        return AlertRows.of(jdbc, sealing, caseId, LIST, null);
    }

    private String openCase(StaffMember who, String name, String latin, String born) throws Exception {
        String body = mvc.perform(post("/api/cases").with(csrf()).with(ActingStaff.as(who)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"latinName\":\"" + latin + "\",\"birthDate\":\"" + born + "\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(body).get("id").asString();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(WatchlistVersionActivatedIntegrationTests.class.getResource("/org/passage/screening/web/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
