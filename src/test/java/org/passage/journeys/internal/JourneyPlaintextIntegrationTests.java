package org.passage.journeys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.cases.Stage;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.DatabaseDump;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Reasons of stage changes and cities leave no plaintext in a dump of the database. */
@PassageIntegrationTest
class JourneyPlaintextIntegrationTests {

    @Autowired
    JourneyLog log;
    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void reasonsAndCitiesAreNotInTheDump() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Journey plaintext");
        var coordinator = staff.member(org, Role.COORDINATOR);
        mvc.perform(post("/api/cases").with(csrf()).with(ActingStaff.as(coordinator)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Тест\",\"latinName\":\"\"}"));
        CaseId id = cases.ofOrganization(org, "test").getFirst().id();
        String marker = "MARKERJOURNEY" + UUID.randomUUID().toString().substring(0, 8);
        log.add(org, new StageEntry(UUID.randomUUID(), id, Stage.FIRST_CONTACT, Stage.CROSSING, LocalDate.now(), false,
                "reason " + marker, Instant.now(), null));
        log.add(org, new LocationEntry(UUID.randomUUID(), id, "KZ", "city " + marker, LocalDate.now(), Instant.now(), null));
        assertThat(log.locations(org, id).getFirst().city()).contains(marker);
        assertThat(DatabaseDump.logical(dataSource)).doesNotContain(marker);
    }
}
