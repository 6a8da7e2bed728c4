package org.passage.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.checkins.CheckInMissed;
import org.passage.checkins.CheckInRecorded;
import org.passage.checkins.CheckIns;
import org.passage.checkins.DuressSignalled;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.MutableClock;
import org.passage.support.PassageModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Module test of check-ins (with the modules it needs), scenarios of the events other features (the Telegram
 * staff alerts) hear: a duress check-in publishes {@link DuressSignalled} beside the same {@link CheckInRecorded}
 * a normal one publishes, with the highest alert raised; a missed check-in publishes {@link CheckInMissed} at
 * level 1, and again at each escalation. The scheduler's run is called here, on the test's thread, as the clock
 * moves.
 */
@PassageModuleTest
@TestPropertySource(properties = "passage.checkins.sweep-every=PT24H")
// a context of its own (own properties, a clock moved by hand): closed after the class
@DirtiesContext
@Import(MutableClock.Configuration.class)
class CheckInEventsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CheckIns checkIns;
    @Autowired
    MissedCheckIns scheduler;
    @Autowired
    MutableClock clock;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    StaffMember coordinator;

    @Test
    void aDuressCheckInSignalsDuressAndRaisesTheHighestAlert(Scenario scenario) throws Exception {
        CaseId caseId = caseWithSchedule();
        mvc.perform(post("/checkins/cases/" + caseId + "/duress").param("phrase", "Погода хорошая").with(csrf())
                .with(ActingStaff.as(coordinator)));

        scenario.stimulate(() -> checkIns.record(caseId, CheckIns.Channel.TELEGRAM, "погода ХОРОШАЯ"))
                .andWaitForEventOfType(DuressSignalled.class)
                .matching(duress -> duress.caseId().equals(caseId))
                .toArriveAndVerify(duress -> assertThat(alert(caseId, "DURESS")).isEqualTo(3));
        scenario.stimulate(() -> checkIns.record(caseId, CheckIns.Channel.TELEGRAM, "всё хорошо"))
                .andWaitForEventOfType(CheckInRecorded.class)
                .matching(recorded -> recorded.caseId().equals(caseId))
                .toArriveAndVerify(recorded -> assertThat(alerts(caseId)).as("a normal check-in raises nothing").isEqualTo(1));
    }

    @Test
    void aMissedCheckInIsAnnouncedAndEachEscalationAgain(Scenario scenario) throws Exception {
        CaseId caseId = caseWithSchedule();

        scenario.stimulate(() -> {
                    clock.advance(Duration.ofHours(25));
                    scheduler.sweep();
                })
                .andWaitForEventOfType(CheckInMissed.class)
                .matching(missed -> missed.caseId().equals(caseId))
                .toArriveAndVerify(missed -> {
                    assertThat(missed.level()).isEqualTo(1);
                    assertThat(alert(caseId, "MISSED")).isEqualTo(1);
                });
        scenario.stimulate(() -> {
                    clock.advance(Duration.ofHours(2));
                    scheduler.sweep();
                })
                .andWaitForEventOfType(CheckInMissed.class)
                .matching(missed -> missed.caseId().equals(caseId) && missed.level() == 2)
                .toArriveAndVerify(missed -> assertThat(alert(caseId, "MISSED")).as("the coordinators' level").isEqualTo(2));
    }

    private CaseId caseWithSchedule() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Check-in Scenario");
        coordinator = staff.member(org, Role.COORDINATOR);
        var caseId = new CaseId(UUID.fromString(ActingStaff.openCase(mvc, coordinator, "Сценарий Семён", "SCENARIY SEMYON")));
        mvc.perform(post("/checkins/cases/" + caseId + "/schedule").param("hours", "24").with(csrf()).with(ActingStaff.as(coordinator)));
        return caseId;
    }

    private int alert(CaseId caseId, String kind) {
        return jdbc.sql("select level from checkin_alerts where case_id = ? and kind = ?").params(caseId.value(), kind)
                .query(Integer.class).single();
    }

    private int alerts(CaseId caseId) {
        return jdbc.sql("select count(*) from checkin_alerts where case_id = ?").param(caseId.value()).query(Integer.class).single();
    }
}
