package org.passage.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.support.ActingStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.datasets.DatasetStates;
import org.passage.demo.DemoData;
import org.passage.demo.DemoSeeder;
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
 * The system admin's catalogue page, "update now" with its polled progress, the banner of the pages resting on a
 * missing dataset, and the demo seeding that loads what is missing from a data folder and names the rest. The
 * installation's source and the demo's folder are the geo fixture, laid out like ../shared/data.
 */
@PassageIntegrationTest(properties = {
        "passage.datasets.refresh-from=src/test/resources/org/passage/geo/fixture",
        "passage.datasets.demo-from=src/test/resources/org/passage/geo/fixture",
        "passage.datasets.store=target/test-data/datasets-pages"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatasetStates states;
    @Autowired
    List<DemoSeeder> seeders;

    private StaffMember admin;
    private StaffMember coordinator;

    @BeforeAll
    void setUp() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        var org = staff.organization("Datasets Page");
        admin = staff.member(null, Role.SYSTEM_ADMIN);
        coordinator = staff.member(org, Role.COORDINATOR);
    }

    @BeforeEach
    void nothingLoaded() {
        jdbc.sql("delete from dataset_versions").update();
    }

    @Test
    void pagesRestingOnMissingDatasetsNameThemAndTheCommand() throws Exception {
        String caseId = ActingStaff.openCase(mvc, coordinator, "Иван Петров", "Ivan Petrov");
        String vetting = page("/cases/" + caseId + "/vetting", coordinator);
        assertThat(vetting).contains("id=\"dataset-banner\"", "occupied-territory-deepstate", "units-uawardata",
                "./passage data update --from DIR").doesNotContain(">ofac-sdn<");
        String screening = page("/cases/" + caseId + "/screening", coordinator);
        assertThat(screening).contains("id=\"dataset-banner\"", "ofac-sdn", "un-sc-consolidated").doesNotContain("occupied-territory-deepstate");
        assertThat(page("/", coordinator)).contains("id=\"dataset-banner\"", "installations-rumiloc");
        assertThat(page("/cases", coordinator)).as("a page resting on no dataset").doesNotContain("id=\"dataset-banner\"");
    }

    @Test
    void updateNowRunsInTheBackgroundAndThePageShowsEachDatasetsVersionAndError() throws Exception {
        String before = page("/admin/datasets", admin);
        assertThat(before).contains("id=\"dataset-ofac-sdn\"", "US government work, public domain", "./passage data update --only ofac-sdn");

        mvc.perform(post("/admin/datasets/update").with(csrf()).with(as(admin)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/datasets"));
        String progress = "";
        // done when the report is shown and the page stops polling: while this update runs, the page may still show the
        // report of one run before it (CI read that one and found the page still polling)
        for (int i = 0; i < 300 && !(progress.contains("id=\"update-report\"") && !progress.contains("hx-get")); i++) {
            Thread.sleep(100);
            progress = page("/admin/datasets/progress", admin);
        }
        assertThat(progress).contains("id=\"update-report\"").doesNotContain("hx-get");
        assertThat(states.all()).filteredOn(s -> s.dataset().name().equals("occupied-territory-nzz")).singleElement()
                .satisfies(s -> assertThat(s.missing()).isFalse());

        String after = page("/admin/datasets", admin);
        String nzz = states.all().stream().filter(s -> s.dataset().name().equals("occupied-territory-nzz")).findFirst().orElseThrow()
                .live().label();
        assertThat(after).contains(nzz).contains("folder not found");
        mvc.perform(get("/admin/datasets").with(as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/datasets/update").with(csrf()).with(as(coordinator))).andExpect(status().isForbidden());
    }

    @Test
    void theDemoLoadsWhatIsMissingFromTheDataFolderOnceAndNamesTheRest() {
        DemoSeeder demo = seeders.stream().filter(s -> s.step() == DemoData.DATASETS).findFirst().orElseThrow();
        String first = seed(demo);
        assertThat(first).contains("Loading occupied-territory-nzz", "Loading boundaries-geoboundaries",
                "./passage data update --from DIR", "./passage data update ", "ofac-sdn");
        var nzz = states.all().stream().filter(s -> s.dataset().name().equals("occupied-territory-nzz")).findFirst().orElseThrow().live();

        String second = seed(demo);
        assertThat(second).doesNotContain("Loading").contains("Not loaded: ");
        assertThat(states.all().stream().filter(s -> s.dataset().name().equals("occupied-territory-nzz")).findFirst().orElseThrow().live())
                .as("a loaded version is never replaced by the demo").isEqualTo(nzz);
    }

    private static String seed(DemoSeeder demo) {
        var out = new ByteArrayOutputStream();
        demo.seed(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private String page(String path, StaffMember member) throws Exception {
        return mvc.perform(get(path).with(as(member))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
