package org.passage.watchlists.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.passage.watchlists.WatchlistSummary;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The system admin's watchlists page against the real importer and database: an upload is imported in the
 * background, the polled fragment ends with the report, a bad file names line and field and changes nothing,
 * and nobody else may see or use the page.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsPageIntegrationTests {

    private static final String LIST = "web-fixture";

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Watchlists watchlists;
    @Autowired
    SpringTemplateEngine templates;

    private StaffMember admin;
    private StaffMember coordinator;
    private StaffMember orgAdmin;

    @BeforeAll
    void setUp() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        var org = staff.organization("Lists Page");
        admin = staff.member(null, Role.SYSTEM_ADMIN);
        coordinator = staff.member(org, Role.COORDINATOR);
        orgAdmin = staff.member(org, Role.ORG_ADMIN);
    }

    @Test
    void anUploadIsImportedInTheBackgroundAndABadFileLeavesTheLiveVersion() throws Exception {
        byte[] fixture = Files.readAllBytes(Path.of("src/test/resources/watchlists/ftm-entities.json"));
        upload("ftm-entities.json", fixture).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/lists"));

        String report = finishedProgress();
        assertThat(report).contains("id=\"import-report\"").doesNotContain("id=\"import-error\"");
        WatchlistSummary live = summary();
        assertThat(live.liveVersion()).isEqualTo(1);
        assertThat(live.entities()).isPositive();
        assertThat(report).contains("<td data-label=\"Added\" class=\"added\">" + live.added() + "</td>",
                "<td data-label=\"Removed\" class=\"removed\">0</td>");
        mvc.perform(get("/admin/lists").with(ActingStaff.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(LIST)))
                .andExpect(content().string(containsString("Ivan Petrovich Testov")));

        String lines = new String(fixture, StandardCharsets.UTF_8).lines().limit(2).reduce("", (a, b) -> a + b + "\n");
        String bad = lines + "{\"id\": \"tst-nameless\", \"schema\": \"Person\", \"properties\": {\"birthDate\": [\"1970-01-01\"]}}\n";
        upload("broken.json", bad.getBytes(StandardCharsets.UTF_8)).andExpect(status().isFound());

        String error = finishedProgress();
        assertThat(error).contains("id=\"import-error\"", "broken.json line 3", "Field at fault: name",
                "the previous version stays live");
        assertThat(summary().liveVersion()).isEqualTo(1);
        assertThat(summary().digest()).isEqualTo(live.digest());

        List<String> audited = jdbc.sql("select outcome || ' ' || detail from audit_event where action = 'lists.import' and record_id = ? order by sequence")
                .param(LIST).query(String.class).list();
        assertThat(audited).hasSize(4);
        assertThat(audited.get(0)).startsWith("SUCCESS started: format ftm");
        assertThat(audited.get(1)).startsWith("SUCCESS finished: ACTIVATED version 1");
        assertThat(audited.get(2)).startsWith("SUCCESS started");
        assertThat(audited.get(3)).isEqualTo("FAILED failed: broken.json line 3, field name");
        assertThat(jdbc.sql("select count(distinct actor) from audit_event where action = 'lists.import' and record_id = ?")
                .param(LIST).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() throws Exception {
        upload("big.json", new byte[(int) ListsPages.MAX_BYTES + 1]).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("larger than 10 MB")));
    }

    @Test
    void onlyTheSystemAdminMaySeeOrUseThePage() throws Exception {
        for (StaffMember other : List.of(coordinator, orgAdmin)) {
            mvc.perform(get("/admin/lists").with(ActingStaff.as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/lists/progress").with(ActingStaff.as(other))).andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/lists").file(new MockMultipartFile("file", "x.json", "application/json", new byte[] {'{'}))
                    .param("format", "ftm").param("list", "nope").with(csrf()).with(ActingStaff.as(other))).andExpect(status().isForbidden());
        }
        assertThat(watchlists.summaries()).noneMatch(s -> s.name().equals("nope"));
    }

    @Test
    void whileAnImportRunsTheFragmentShowsRecordsPercentAndRateAndPollsOn() throws Exception {
        var blocking = new BlockingWatchlists();
        var imports = new ListImports(blocking, event -> { }, java.time.Clock.systemUTC());
        try {
            // the real templates and messages, without the security proxy: this is about rendering a running import
            var views = new ThymeleafViewResolver();
            views.setTemplateEngine(templates);
            views.setCharacterEncoding("UTF-8");
            MockMvc page = MockMvcBuilders.standaloneSetup(new ListsPages(blocking, imports)).setViewResolvers(views).build();
            page.perform(multipart("/admin/lists").file(new MockMultipartFile("file", "x.json", "application/json", new byte[] {'{'}))
                    .param("format", "ftm").param("list", "running")).andExpect(status().isFound());
            blocking.awaitAdvanced(); // the import runs on another thread; on a loaded machine it may not have started yet
            page.perform(get("/admin/lists/progress")).andExpect(status().isOk())
                    .andExpect(content().string(containsString("hx-get=\"/admin/lists/progress\"")))
                    .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                    .andExpect(content().string(containsString("5 records read")))
                    .andExpect(content().string(containsString("25 % of the file read")));
            page.perform(multipart("/admin/lists").file(new MockMultipartFile("file", "y.json", "application/json", new byte[] {'{'}))
                    .param("format", "ftm").param("list", "running")).andExpect(status().isConflict())
                    .andExpect(content().string(containsString("An import is already running")));
        } finally {
            blocking.release();
            imports.destroy();
        }
    }

    private org.springframework.test.web.servlet.ResultActions upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/admin/lists").file(new MockMultipartFile("file", name, "application/json", bytes))
                .param("format", "ftm").param("list", LIST).with(csrf()).with(ActingStaff.as(admin)));
    }

    /** Polls the fragment as htmx would until it stops asking to be polled (bounded: not a timing assertion). */
    private String finishedProgress() throws Exception {
        for (int i = 0; i < 600; i++) {
            String fragment = mvc.perform(get("/admin/lists/progress").with(ActingStaff.as(admin)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!fragment.contains("hx-get")) {
                return fragment;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the import did not finish within a minute");
    }

    private WatchlistSummary summary() {
        return watchlists.summaries().stream().filter(s -> s.name().equals(LIST)).findFirst().orElseThrow();
    }
}
