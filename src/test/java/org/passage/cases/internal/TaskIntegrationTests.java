package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Tasks with due dates: overdue shown on the case, titles sealed, bad fields named, done once. */
@PassageIntegrationTest
class TaskIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;

    private StaffMember caseworker;
    private String id;

    @BeforeEach
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        caseworker = staff.member(staff.organization("Tasks"), Role.CASEWORKER);
        id = ActingStaff.openCase(mvc, caseworker, "Задачин Игорь", "");
    }

    @Test
    void anOverdueTaskShowsOnTheCaseUntilItIsDone() throws Exception {
        task("LOGISTICS", "Bus ticket to Verkhny Lars markertask", LocalDate.now().minusDays(2).toString())
                .andExpect(status().is3xxRedirection());
        task("LEGAL_ADVICE", "Call the lawyer about the search request", LocalDate.now().plusDays(3).toString())
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + id).with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("2 open, 1 overdue")));
        // each "Mark done" button says which task it closes to a screen reader, which reads the buttons apart from the rows
        mvc.perform(get("/cases/" + id + "/tasks").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("aria-label=\"Mark done: Call the lawyer about the search request\"")));
        assertThat(new String(jdbc.sql("select title from case_tasks where kind = 'LOGISTICS' and case_id = ?::uuid").param(id)
                .query(byte[].class).single(), StandardCharsets.ISO_8859_1)).doesNotContain("markertask");

        UUID overdue = jdbc.sql("select id from case_tasks where kind = 'LOGISTICS' and case_id = ?::uuid").param(id)
                .query(UUID.class).single();
        mvc.perform(post("/cases/" + id + "/tasks/" + overdue + "/done").with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + id + "/tasks/" + overdue + "/done").with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + id).with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("1 open, 0 overdue")));
    }

    @Test
    void badFieldsAreNamedAndNothingIsSaved() throws Exception {
        task("TRAVEL", "x", LocalDate.now().toString()).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a kind of task")));
        task("DOCUMENTS", " ", LocalDate.now().toString()).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Say what is to be done")));
        task("DOCUMENTS", "Copy of the military ID", "tomorrow").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter a due date")));
        assertThat(jdbc.sql("select count(*) from case_tasks where case_id = ?::uuid").param(id).query(Integer.class).single()).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions task(String kind, String title, String due) throws Exception {
        return mvc.perform(post("/cases/" + id + "/tasks").with(csrf()).with(ActingStaff.as(caseworker))
                .param("kind", kind).param("title", title).param("dueOn", due));
    }
}
