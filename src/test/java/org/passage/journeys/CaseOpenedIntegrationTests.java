package org.passage.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.cases.CaseOpened;
import org.passage.cases.Stage;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.PassageModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Module test of journeys (with the modules it needs), a scenario from cases: a case opened through the form
 * publishes {@link CaseOpened}, and journeys, hearing it, starts the person's timeline at first contact, in the
 * transaction that opened the case.
 */
@PassageModuleTest
class CaseOpenedIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Journeys journeys;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.passage.cases.Cases cases;

    @Test
    void anOpenedCaseStartsItsJourneyAtFirstContact(Scenario scenario) {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Journeys Scenario");
        var coordinator = staff.member(org, Role.COORDINATOR);

        scenario.stimulate(() -> open(coordinator))
                .andWaitForEventOfType(CaseOpened.class)
                .matching(opened -> opened.organizationId().equals(org))
                .toArriveAndVerify((opened, caseId) -> {
                    assertThat(opened.caseId()).isEqualTo(caseId);
                    assertThat(journeys.history(cases.forSystem(caseId, "test.read").orElseThrow()).stages()).singleElement().satisfies(step -> {
                        assertThat(step.from()).isNull();
                        assertThat(step.to()).isEqualTo(Stage.FIRST_CONTACT);
                    });
                });
    }

    private CaseId open(org.passage.organizations.StaffMember coordinator) {
        try {
            return new CaseId(UUID.fromString(ActingStaff.openCase(mvc, coordinator, "Сценарий Семён", "SCENARIY SEMYON")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
