package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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

/**
 * Search on the case list never finds a case the searcher may not see: not a colleague's (need to know), never
 * another organization's, whose names are opened with its own keys and never enter this organization's index.
 */
@PassageIntegrationTest
class CaseSearchIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;

    private StaffMember coordinator;
    private StaffMember caseworker;
    private String his;
    private String colleagues;
    private String foreign;

    @BeforeEach
    void setUp() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID own = staff.organization("Search");
        UUID other = staff.organization("Search Other");
        coordinator = staff.member(own, Role.COORDINATOR);
        caseworker = staff.member(own, Role.CASEWORKER);
        his = code(ActingStaff.openCase(mvc, caseworker, "Щербаков Александр", "SHCHERBAKOV ALEKSANDR"));
        colleagues = code(ActingStaff.openCase(mvc, coordinator, "Щербакова Анна", ""));
        foreign = code(ActingStaff.openCase(mvc, staff.member(other, Role.COORDINATOR), "Щербаков Борис", "SHCHERBAKOV BORIS"));
    }

    @Test
    void aCaseworkerFindsOnlyHisOwnCasesInEitherScript() throws Exception {
        assertThat(search(caseworker, "Scherbakov")).contains(row(his)).doesNotContain(row(colleagues)).doesNotContain(row(foreign));
        assertThat(search(caseworker, "щербаков")).contains(row(his)).doesNotContain(row(colleagues)).doesNotContain(row(foreign));
        assertThat(search(caseworker, colleagues)).doesNotContain(row(colleagues));
        assertThat(search(caseworker, "Борис")).doesNotContain(row(foreign)).contains("id=\"cases-none\"");
    }

    @Test
    void aCoordinatorFindsHisOrganizationsCasesButNeverAnotherOrganizations() throws Exception {
        assertThat(search(coordinator, "Щербаков")).contains(row(his)).contains(row(colleagues)).doesNotContain(row(foreign));
        assertThat(search(coordinator, "Shcherbakova Anna")).contains(row(colleagues)).doesNotContain(row(his));
        assertThat(search(coordinator, "aleksandr shcherbakov")).contains(row(his)).doesNotContain(row(colleagues));
        assertThat(search(coordinator, colleagues.substring(0, 4).toLowerCase())).contains(row(colleagues));
        assertThat(search(coordinator, foreign)).doesNotContain(row(foreign)).contains("id=\"cases-none\"");
        assertThat(search(coordinator, "SHCHERBAKOV BORIS")).doesNotContain(row(foreign)).contains("id=\"cases-none\"");
    }

    @Test
    void aSearchIsAuditedByWhatItFoundNeverByWhatWasSearchedFor() throws Exception {
        search(coordinator, "Щербакова");
        assertThat(jdbc.sql("select detail from audit_event where action = 'case.search' and actor = ? order by sequence desc limit 1")
                .param(coordinator.id().toString()).query(String.class).single()).isEqualTo("1 of 2 cases found");
        assertThat(jdbc.sql("select count(*) from audit_event where detail like '%Щербаков%'").query(Integer.class).single()).isZero();
    }

    @Test
    void aTooLongSearchIsRefused() throws Exception {
        assertThat(mvc.perform(get("/cases").param("q", "x".repeat(101)).with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    private String search(StaffMember member, String query) throws Exception {
        return mvc.perform(get("/cases").param("q", query).with(ActingStaff.as(member))).andReturn().getResponse().getContentAsString();
    }

    private static String row(String code) {
        return "data-case=\"" + code + "\"";
    }

    private String code(String caseId) {
        return jdbc.sql("select code from cases where id = ?::uuid").param(caseId).query(String.class).single();
    }
}
