package org.passage.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.cases.Cases;
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
 * The case page links to the case's check-in page, and, for a case the public intake opened, to its
 * submission in the intake inbox; a case opened by staff has no intake link.
 */
@PassageIntegrationTest
class IntakeCaseLinkIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    Submissions submissions;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCasePageLinksToCheckInsAndToTheIntakeSubmission() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Links");
        StaffMember coordinator = staff.member(org, Role.COORDINATOR);
        var fromIntake = cases.openForApplicant(org, "Фёдоров Максим");
        submissions.add(org, fromIntake.id(), fromIntake.code(), "not a real hash",
                new IntakeForm("Фёдоров Максим", "@maxf", "Almaty", "a lawyer"), Instant.now());
        String byStaff = ActingStaff.openCase(mvc, coordinator, "Смирнов Иван", "");

        String page = page("/cases/" + fromIntake.id(), coordinator);
        assertThat(page).contains("href=\"/checkins/cases/" + fromIntake.id() + "\"")
                .contains("href=\"/intake-inbox/" + fromIntake.id() + "\"");
        mvc.perform(get("/intake-inbox/" + fromIntake.id()).with(ActingStaff.as(coordinator))).andExpect(status().isOk());

        String other = page("/cases/" + byStaff, coordinator);
        assertThat(other).contains("href=\"/checkins/cases/" + byStaff + "\"").doesNotContain("/intake-inbox/");
    }

    private String page(String path, StaffMember member) throws Exception {
        return mvc.perform(get(path).with(ActingStaff.as(member))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
