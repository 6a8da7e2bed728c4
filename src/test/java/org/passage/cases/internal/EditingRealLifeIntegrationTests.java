package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.cases.ApplicantRenamed;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What changes in real life can be changed after intake: the applicant's names and birth date (a case from the public
 * intake page gets its Latin spelling and birth date), notes, tasks (with who does them), who works on the case — each
 * change audited, kept in a sealed history that names who changed what when, and confirmed on the next page.
 */
@PassageIntegrationTest
@RecordApplicationEvents
class EditingRealLifeIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    Cases cases;
    @Autowired
    ApplicationEvents events;

    private UUID organization;
    private StaffMember coordinator;
    private StaffMember caseworker;
    private StaffMember lawyer;
    private CaseId intake;

    @BeforeEach
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        organization = staff.organization("Editing");
        coordinator = staff.member(organization, Role.COORDINATOR);
        caseworker = staff.member(organization, Role.CASEWORKER);
        lawyer = staff.member(organization, Role.LAWYER);
        // as the public intake page opens it: only the name he typed, nobody assigned
        intake = cases.openForApplicant(organization, "Сидоренко Павел").id();
        for (StaffMember m : new StaffMember[] {caseworker, lawyer}) {
            mvc.perform(post("/cases/" + intake + "/assignments").param("staffId", m.id().toString()).with(csrf())
                    .with(ActingStaff.as(coordinator))).andExpect(status().is3xxRedirection());
        }
    }

    /**
     * The details page open in two tabs: the first saves the Latin spelling, the second (shown before that) the birth
     * date. The second put back the old Latin spelling, silently; now each saves only what was changed on it, and a
     * field changed on both is refused on the second, naming what it reads now.
     */
    @Test
    void aSecondTabSavesOnlyWhatWasChangedOnItAndNeverPutsBackAnOlderValue() throws Exception {
        mvc.perform(applicant("Сидоренко Павел", "SYDORENKO PAVLO", "", "Сидоренко Павел", "", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(applicant("Сидоренко Павел", "", "21.07.1994", "Сидоренко Павел", "", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + intake + "/details").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("SYDORENKO PAVLO"))).andExpect(content().string(containsString("1994-07-21")));

        mvc.perform(applicant("Сидоренко Павел", "SIDORENKO PAVEL", "1994-07-21", "Сидоренко Павел", "", "1994-07-21").param("lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Это поле кто-то сохранил после того, как вы открыли страницу; сейчас в нём «SYDORENKO PAVLO»")));
        mvc.perform(get("/cases/" + intake + "/details").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("SYDORENKO PAVLO")));
    }

    /**
     * The other forms of the details page open in two tabs: the first adds a contact, the second (shown before) a
     * language. The second put back the contacts as it showed them, silently; now only the field changed on it is
     * saved, and a field changed on both is refused on the second, naming what it reads now.
     */
    @Test
    void aSecondTabSavesOnlyTheDetailsChangedOnIt() throws Exception {
        mvc.perform(details("", "@pavlo_s", "", "", "", "", "", "")).andExpect(status().is3xxRedirection());
        mvc.perform(details("", "", "uk", "", "", "", "", "")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + intake + "/details").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("@pavlo_s"))).andExpect(content().string(containsString("name=\"shownHandles\" value=\"@pavlo_s\"")));

        mvc.perform(details("", "+995 555 0101", "uk", "", "", "", "uk", "").param("lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Это поле кто-то сохранил после того, как вы открыли страницу; сейчас в нём «@pavlo_s»")))
                .andExpect(content().string(containsString("+995 555 0101")));
        mvc.perform(get("/cases/" + intake + "/details").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("@pavlo_s"))).andExpect(content().string(not(containsString("+995 555 0101"))));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder details(String otherNames, String handles,
            String languages, String family, String shownOtherNames, String shownHandles, String shownLanguages, String shownFamily) {
        return post("/cases/" + intake + "/details").param("otherNames", otherNames).param("handles", handles).param("languages", languages)
                .param("familyAtRisk", family).param("shownOtherNames", shownOtherNames).param("shownHandles", shownHandles)
                .param("shownLanguages", shownLanguages).param("shownFamilyAtRisk", shownFamily).with(csrf()).with(ActingStaff.as(caseworker));
    }

    /** A note rewritten in one tab is not overwritten from a second tab that showed its older text; his text stays on the form. */
    @Test
    void aNoteRewrittenInOneTabIsNotOverwrittenFromASecondTab() throws Exception {
        mvc.perform(post("/cases/" + intake + "/notes").param("body", "Met in Tbilisi").with(csrf())
                .with(ActingStaff.as(caseworker))).andExpect(status().is3xxRedirection());
        UUID note = jdbc.sql("select id from case_notes where case_id = ?").param(intake.value()).query(UUID.class).single();
        mvc.perform(post("/cases/" + intake + "/notes/" + note).param("body", "Met in Batumi").param("shownBody", "Met in Tbilisi")
                .with(csrf()).with(ActingStaff.as(coordinator))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + intake + "/notes/" + note).param("body", "Met in Tbilisi, needs a lawyer").param("shownBody", "Met in Tbilisi")
                        .param("lang", "ru").with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Эту заметку кто-то переписал после того, как вы открыли страницу")))
                .andExpect(content().string(containsString("Met in Tbilisi, needs a lawyer")));
        assertThat(jdbc.sql("select count(*) from case_revisions where subject = 'NOTE' and subject_id = ?").param(note)
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/cases/" + intake + "/details").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("Met in Batumi")));
    }

    /** A task's edit form open in two tabs: the second saves its new title without putting back the day the first moved. */
    @Test
    void aSecondTabSavesOnlyWhatWasChangedOnATask() throws Exception {
        String due = LocalDate.now().plusDays(3).toString();
        String later = LocalDate.now().plusDays(9).toString();
        mvc.perform(post("/cases/" + intake + "/tasks").param("kind", "DOCUMENTS").param("title", "Copy of military ID")
                .param("dueOn", due).with(csrf()).with(ActingStaff.as(caseworker))).andExpect(status().is3xxRedirection());
        UUID task = jdbc.sql("select id from case_tasks where case_id = ?").param(intake.value()).query(UUID.class).single();
        mvc.perform(task(task, "Copy of military ID", later, "Copy of military ID", due)).andExpect(status().is3xxRedirection());
        mvc.perform(task(task, "Copy of the military ID card", due, "Copy of military ID", due)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + intake + "/tasks").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("Copy of the military ID card")))
                .andExpect(content().string(containsString("name=\"shownDueOn\" value=\"" + later + "\"")));
        // the day moved on both: the second is refused, naming the day it reads now
        mvc.perform(task(task, "Copy of the military ID card", LocalDate.now().plusDays(1).toString(), "Copy of the military ID card", due)
                        .param("lang", "ru"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("сейчас в нём «" + later + "»")));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder task(UUID task, String title, String dueOn,
            String shownTitle, String shownDueOn) {
        return post("/cases/" + intake + "/tasks/" + task).param("kind", "DOCUMENTS").param("title", title).param("dueOn", dueOn)
                .param("assignee", "").param("shownKind", "DOCUMENTS").param("shownTitle", shownTitle).param("shownDueOn", shownDueOn)
                .param("shownAssignee", "").with(csrf()).with(ActingStaff.as(caseworker));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder applicant(String name, String latinName, String birthDate,
            String shownName, String shownLatinName, String shownBirthDate) {
        return post("/cases/" + intake + "/applicant").param("name", name).param("latinName", latinName).param("birthDate", birthDate)
                .param("shownName", shownName).param("shownLatinName", shownLatinName).param("shownBirthDate", shownBirthDate)
                .with(csrf()).with(ActingStaff.as(caseworker));
    }

    @Test
    void aCaseFromTheIntakePageGetsItsLatinSpellingAndBirthDateWithAHistoryAndIsFoundAndScreenedUnderThem() throws Exception {
        mvc.perform(post("/cases/" + intake + "/applicant").param("name", "Сидоренко Павел").param("latinName", "SYDORENKO PAVLO")
                        .param("birthDate", "1994-07-21").with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "saved.applicant"));

        mvc.perform(get("/cases/" + intake + "/details").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("SYDORENKO PAVLO")))
                .andExpect(content().string(containsString("id=\"history-table\"")))
                .andExpect(content().string(containsString(caseworker.displayName())))
                .andExpect(content().string(containsString("1994-07-21")));
        // the search index picks the new spelling up; screening is told to look at the case again
        mvc.perform(get("/cases").param("q", "Sydorenko").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString(cases.codes(organization, java.util.List.of(intake)).get(intake))));
        assertThat(events.stream(ApplicantRenamed.class)).anySatisfy(e -> assertThat(e.caseId()).isEqualTo(intake));

        var row = jdbc.sql("select fields, revised_by, position(convert_to('SYDORENKO', 'UTF8') in change) from case_revisions where case_id = ?")
                .param(intake.value()).query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, UUID.class), rs.getInt(3)}).single();
        assertThat(row[0]).isEqualTo("latinName,birthDate");
        assertThat(row[1]).isEqualTo(caseworker.id());
        assertThat(row[2]).as("before and after are sealed").isEqualTo(0);
        assertThat(jdbc.sql("select detail from audit_event where action = 'case.applicant.change' and record_id = ?")
                .param(intake.toString()).query(String.class).single()).contains("changed latinName, birthDate").doesNotContain("SYDORENKO");

        // an implausible birth date is refused beside its field, and nothing is written
        mvc.perform(post("/cases/" + intake + "/applicant").param("name", "Сидоренко Павел").param("latinName", "X")
                        .param("birthDate", "1812-01-01").param("lang", "ru").with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("неправдоподобная дата рождения")))
                .andExpect(content().string(not(containsString("Сохранено"))));
        assertThat(jdbc.sql("select count(*) from case_revisions where case_id = ?").param(intake.value()).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(cases.forSystem(intake, "test").map(t -> cases.applicant(t).birthDate()).orElseThrow())
                .isEqualTo(LocalDate.of(1994, 7, 21));
    }

    @Test
    void aNoteIsRewrittenWithItsEarlierTextKeptSealed() throws Exception {
        mvc.perform(post("/cases/" + intake + "/notes").param("body", "Met in Tbilisi, needs a lawyer").with(csrf())
                .with(ActingStaff.as(caseworker))).andExpect(flash().attribute("saved", "saved.note.added"));
        UUID note = jdbc.sql("select id from case_notes where case_id = ?").param(intake.value()).query(UUID.class).single();
        mvc.perform(post("/cases/" + intake + "/notes/" + note).param("body", "Met in Batumi, needs a lawyer").with(csrf())
                        .with(ActingStaff.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "saved.note.edited"));
        mvc.perform(get("/cases/" + intake + "/details").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("Met in Batumi")))
                .andExpect(content().string(containsString("Met in Tbilisi")))
                .andExpect(content().string(containsString(coordinator.displayName())));
        // a lawyer reads the case but does not change it; an empty note is refused; a note of no such id is not found
        mvc.perform(post("/cases/" + intake + "/notes/" + note).param("body", "x").with(csrf()).with(ActingStaff.as(lawyer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + intake + "/notes/" + note).param("body", " ").with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/cases/" + intake + "/notes/" + UUID.randomUUID()).param("body", "x").with(csrf())
                .with(ActingStaff.as(caseworker))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from case_revisions where case_id = ? and subject = 'NOTE' and subject_id = ?")
                .params(intake.value(), note).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void tasksHaveSomeoneToDoThemAreChangedWithHistoryAndGatherOnMyTasksOverdueFirst() throws Exception {
        String today = LocalDate.now().toString();
        mvc.perform(post("/cases/" + intake + "/tasks").param("kind", "LEGAL_ADVICE").param("title", "Asylum interview prep")
                        .param("dueOn", LocalDate.now().plusDays(3).toString()).param("assignee", lawyer.id().toString())
                        .with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "saved.task.added"));
        mvc.perform(post("/cases/" + intake + "/tasks").param("kind", "DOCUMENTS").param("title", "Copy of military ID")
                        .param("dueOn", LocalDate.now().minusDays(2).toString()).with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().is3xxRedirection());
        // someone who does not work on the case cannot be given its task
        var stranger = new ActingStaff(organizations, directory, jdbc).member(organization, Role.CASEWORKER);
        mvc.perform(post("/cases/" + intake + "/tasks").param("kind", "OTHER").param("title", "x").param("dueOn", today)
                        .param("assignee", stranger.id().toString()).with(csrf()).with(ActingStaff.as(caseworker)))
                .andExpect(status().isBadRequest());

        UUID task = jdbc.sql("select id from case_tasks where case_id = ? and kind = 'LEGAL_ADVICE'").param(intake.value())
                .query(UUID.class).single();
        // the lawyer's "my tasks": his task; the caseworker's: the task given to nobody on his case, overdue
        mvc.perform(get("/tasks").with(ActingStaff.as(lawyer)))
                .andExpect(content().string(containsString("Asylum interview prep")));
        mvc.perform(get("/tasks").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString("Copy of military ID")))
                .andExpect(content().string(containsString("id=\"tasks-overdue\"")))
                .andExpect(content().string(not(containsString("Asylum interview prep"))));

        mvc.perform(post("/cases/" + intake + "/tasks/" + task).param("kind", "LEGAL_ADVICE").param("title", "Asylum interview prep")
                        .param("dueOn", LocalDate.now().plusDays(5).toString()).param("assignee", caseworker.id().toString())
                        .with(csrf()).with(ActingStaff.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "saved.task.changed"));
        mvc.perform(get("/cases/" + intake + "/tasks").with(ActingStaff.as(caseworker)))
                .andExpect(content().string(containsString(coordinator.displayName())))
                .andExpect(content().string(containsString(LocalDate.now().plusDays(3) + " → " + LocalDate.now().plusDays(5))))
                .andExpect(content().string(containsString(lawyer.displayName() + " → " + caseworker.displayName())));
        mvc.perform(get("/tasks").with(ActingStaff.as(lawyer)))
                .andExpect(content().string(not(containsString("Asylum interview prep"))));
        assertThat(jdbc.sql("select fields from case_revisions where subject_id = ?").param(task).query(String.class).single())
                .isEqualTo("dueOn,assignee");
    }

    @Test
    void staffAreTakenOffACaseButNeverTheLastCaseworker() throws Exception {
        mvc.perform(post("/cases/" + intake + "/assignments/" + caseworker.id() + "/remove").with(csrf())
                        .with(ActingStaff.as(caseworker))).andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + intake + "/assignments/" + caseworker.id() + "/remove").with(csrf())
                        .with(ActingStaff.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notSaved", "cases.unassign.error.last"))
                .andExpect(flash().attributeCount(1));
        assertThat(assigned()).contains(caseworker.id(), lawyer.id());

        mvc.perform(post("/cases/" + intake + "/assignments/" + lawyer.id() + "/remove").with(csrf())
                        .with(ActingStaff.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "saved.unassigned"));
        assertThat(assigned()).containsExactly(caseworker.id());
        mvc.perform(get("/cases/" + intake).with(ActingStaff.as(lawyer))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'case.unassign' and outcome = 'SUCCESS' and record_id = ?")
                .param(intake.toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'case.unassign' and outcome = 'DENIED' and record_id = ?")
                .param(intake.toString()).query(Integer.class).single()).isEqualTo(2);
    }

    private java.util.List<UUID> assigned() {
        return jdbc.sql("select staff_id from case_assignments where case_id = ?").param(intake.value()).query(UUID.class).list();
    }
}
