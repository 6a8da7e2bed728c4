package org.passage.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case list's "overdue check-in" filter and marker, which the check-ins feature contributes through
 * cases' {@link org.passage.cases.spi.CaseListFlag}: only the case whose check-in is past due is marked and kept.
 */
@PassageIntegrationTest
class OverdueFlagIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    Schedules schedules;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCaseListMarksAndFiltersOverdueCheckIns() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Overdue");
        var coordinator = staff.member(org, Role.COORDINATOR);
        var late = cases.openForApplicant(org, "Лебедев Павел");
        var onTime = cases.openForApplicant(org, "Новиков Олег");
        var unscheduled = cases.openForApplicant(org, "Козлов Игорь");
        Instant now = Instant.now();
        schedules.save(new Schedule(late.id(), org, Duration.ofHours(24), Set.of(), false, now.minus(Duration.ofHours(3)), null, false),
                null, now.minus(Duration.ofHours(27)));
        schedules.save(new Schedule(onTime.id(), org, Duration.ofHours(24), Set.of(), false, now.plus(Duration.ofHours(20)), null, false),
                null, now.minus(Duration.ofHours(4)));

        String all = page("/cases", coordinator);
        assertThat(all).contains(late.code()).contains(onTime.code()).contains(unscheduled.code());
        assertThat(all.split("flag-overdue", -1)).hasSize(2);
        assertThat(all.substring(all.indexOf(late.code()))).containsPattern("(?s)^.{0,600}flag-overdue");

        String overdue = page("/cases?flag=overdue", coordinator);
        assertThat(overdue).contains(late.code()).contains("overdue check-in").doesNotContain(onTime.code())
                .doesNotContain(unscheduled.code());

        mvc.perform(get("/cases?flag=nonsense").with(ActingStaff.as(coordinator))).andExpect(status().isBadRequest());
    }

    @Test
    void aCaseworkerSeesNoOverdueCaseHeIsNotAssignedTo() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Overdue Need");
        var caseworker = staff.member(org, Role.CASEWORKER);
        var colleagues = cases.openForApplicant(org, "Орлов Пётр");
        Instant now = Instant.now();
        schedules.save(new Schedule(colleagues.id(), org, Duration.ofHours(24), Set.of(), false, now.minus(Duration.ofHours(3)), null, false),
                null, now.minus(Duration.ofHours(27)));
        assertThat(page("/cases?flag=overdue", caseworker)).doesNotContain(colleagues.code());
    }

    private String page(String path, org.passage.organizations.StaffMember member) throws Exception {
        return mvc.perform(get(path).with(ActingStaff.as(member))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
