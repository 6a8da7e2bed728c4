package org.passage.checkins.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.checkins.CheckInMissed;
import org.passage.checkins.CheckInRecorded;
import org.passage.checkins.DuressSignalled;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.MutableClock;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Check-ins on PostgreSQL with a clock the test moves: a missed check-in escalates caseworker → coordinator →
 * on-call at the configured delays until acknowledged; a duress check-in answers exactly like a normal one but
 * raises the highest alert; a one-time link works once and expires.
 */
@PassageIntegrationTest(properties = "passage.checkins.sweep-every=PT24H")
// a context of its own (own properties): closed after the class so its connections go back to the shared server
@DirtiesContext
@Import(MutableClock.Configuration.class)
@RecordApplicationEvents
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class CheckInIntegrationTests {

    private static final Pattern LINK = Pattern.compile("/checkin/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    MissedCheckIns scheduler;
    @Autowired
    Cases cases;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    StaffMember coordinator;
    CaseId caseId;

    @BeforeEach
    void openCaseWithSchedule() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Checkins");
        coordinator = staff.member(org, Role.COORDINATOR);
        caseId = cases.openForApplicant(org, "Тестов Тест").id();
        mvc.perform(post("/checkins/cases/" + caseId + "/schedule").param("hours", "24").with(csrf())
                .with(ActingStaff.as(coordinator)));
    }

    @Test
    void aMissedCheckInEscalatesAtTheConfiguredDelaysUntilAcknowledged() throws Exception {
        clock.advance(Duration.ofHours(24).plusMinutes(59));
        scheduler.sweep();
        assertThat(alerts()).as("still within the hour of grace").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        scheduler.sweep();
        assertThat(alerts()).singleElement().satisfies(a -> assertThat(a.level()).isEqualTo(1));
        scheduler.sweep();
        assertThat(alerts()).as("a second run raises nothing new").hasSize(1);

        clock.advance(Duration.ofHours(2).minusMinutes(1));
        scheduler.sweep();
        assertThat(alerts().getFirst().level()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        scheduler.sweep();
        assertThat(alerts().getFirst().level()).as("coordinator after 2 h").isEqualTo(2);
        clock.advance(Duration.ofHours(4));
        scheduler.sweep();
        assertThat(alerts().getFirst().level()).as("on-call after 6 h").isEqualTo(3);
        assertThat(events.stream(CheckInMissed.class).filter(e -> e.caseId().equals(caseId)).map(CheckInMissed::level))
                .containsExactly(1, 2, 3);

        String board = page("/checkins");
        assertThat(board).contains("on-call").contains("missed check-in");

        UUID alert = alerts().getFirst().id();
        // acknowledging asks what was done: without it nothing is acknowledged
        mvc.perform(post("/checkins/alerts/" + alert + "/acknowledge").with(csrf()).with(ActingStaff.as(coordinator)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Say what was done before acknowledging.")));
        assertThat(alerts().getFirst().acknowledgedAt()).isNull();
        String done = "Called his sister MARKERACK: he is safe, phone broken";
        mvc.perform(post("/checkins/alerts/" + alert + "/acknowledge").param("whatWasDone", done).with(csrf())
                        .with(ActingStaff.as(coordinator)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "saved.checkins.acknowledged"));
        assertThat(alerts().getFirst().acknowledgedAt()).isEqualTo(clock.instant());
        assertThat(jdbc.sql("select position(convert_to('MARKERACK', 'UTF8') in acknowledgement) from checkin_alerts where id = ?")
                .param(alert).query(Integer.class).single()).as("the note is sealed").isZero();
        mvc.perform(get("/checkins/cases/" + caseId).with(ActingStaff.as(coordinator)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(done)));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'checkin.alert.acknowledge' and record_id = ?")
                .param(caseId.toString()).query(Integer.class).single()).isEqualTo(1);

        clock.advance(Duration.ofHours(12));
        scheduler.sweep();
        assertThat(alerts()).as("acknowledged: nothing raised or escalated any more").singleElement()
                .satisfies(a -> assertThat(a.level()).isEqualTo(3));
    }

    /** The board still said "missed check-in", "—" overdue, after he had checked in: whom to call was unclear (walk27). */
    @Test
    void theBoardSaysWhenHeCheckedInAfterTheMissedCheckInsAlert() throws Exception {
        clock.advance(Duration.ofHours(25));
        scheduler.sweep();
        assertThat(alerts()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(Alert.Kind.MISSED));
        assertThat(page("/checkins")).contains("missed check-in").doesNotContain("class=\"checked-in\"");
        clock.advance(Duration.ofMinutes(30));
        checkIn(newLink(), "");
        String board = page("/checkins");
        String row = board.substring(board.indexOf("class=\"overdue\""));
        assertThat(row.substring(0, row.indexOf("</td>"))).contains("class=\"checked-in\"", "checked in since the alert: "
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC).format(clock.instant()) + " UTC");
        assertThat(alerts().getFirst().acknowledgedAt()).as("still to be acknowledged, with what was done").isNull();
    }

    @Test
    void aCheckInPostponesTheNextDueTime() throws Exception {
        clock.advance(Duration.ofHours(20));
        checkIn(newLink(), "");
        clock.advance(Duration.ofHours(24).plusMinutes(30));
        scheduler.sweep();
        assertThat(alerts()).isEmpty();
        assertThat(events.stream(CheckInRecorded.class).filter(e -> e.caseId().equals(caseId))).hasSize(1);
    }

    @Test
    void aDuressCheckInLooksLikeANormalOneButRaisesTheHighestAlertSilently() throws Exception {
        mvc.perform(post("/checkins/cases/" + caseId + "/duress").param("phrase", "Погода хорошая").with(csrf())
                .with(ActingStaff.as(coordinator)));
        String normalToken = newLink();
        String duressToken = newLink();

        MockHttpServletResponse normal = checkIn(normalToken, "всё хорошо");
        MockHttpServletResponse duress = checkIn(duressToken, "  погода   ХОРОШАЯ ");

        assertThat(duress.getStatus()).isEqualTo(normal.getStatus()).isEqualTo(200);
        assertThat(duress.getContentAsString().replace(duressToken, "TOKEN"))
                .isEqualTo(normal.getContentAsString().replace(normalToken, "TOKEN"));
        assertThat(duress.getHeaderNames()).containsExactlyInAnyOrderElementsOf(normal.getHeaderNames());
        assertThat(duress.getContentAsString()).doesNotContainIgnoringCase("duress").doesNotContain("alert");

        assertThat(alerts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.DURESS);
            assertThat(a.level()).isEqualTo(3);
        });
        assertThat(events.stream(DuressSignalled.class).filter(e -> e.caseId().equals(caseId))).hasSize(1);
        assertThat(events.stream(CheckInRecorded.class).filter(e -> e.caseId().equals(caseId))).hasSize(2);
        assertThat(page("/checkins")).contains("DURESS");
        assertThat(jdbc.sql("select count(*) from checkin_schedules where case_id = ? and duress_index is not null")
                .param(caseId.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theDuressPhraseSentAgainOnAUsedLinkIsNotDropped() throws Exception {
        mvc.perform(post("/checkins/cases/" + caseId + "/duress").param("phrase", "Погода хорошая").with(csrf())
                .with(ActingStaff.as(coordinator)));
        String token = newLink();
        assertThat(checkIn(token, "").getStatus()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(checkIn(token, "погода хорошая").getStatus()).isEqualTo(200);
        assertThat(alerts()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(Alert.Kind.DURESS));
    }

    @Test
    void aUsedLinkSentAgainNeitherChecksHimInAgainNorGoesUnaudited() throws Exception {
        // whoever holds his phone after he was seized finds the used link in its history and sends it again and again:
        // each answers "received" as before, but none moves his due time on or counts as a check-in
        String token = newLink();
        assertThat(checkIn(token, "").getStatus()).isEqualTo(200);
        var due = jdbc.sql("select next_due_at from checkin_schedules where case_id = ?").param(caseId.value())
                .query(java.sql.Timestamp.class).single();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMinutes(3));
            assertThat(checkIn(token, "").getStatus()).isEqualTo(200);
        }
        assertThat(jdbc.sql("select next_due_at from checkin_schedules where case_id = ?").param(caseId.value())
                .query(java.sql.Timestamp.class).single()).as("due time not pushed on").isEqualTo(due);
        assertThat(jdbc.sql("select count(*) from checkins where case_id = ?").param(caseId.value())
                .query(Integer.class).single()).as("one check-in").isEqualTo(1);
        assertThat(events.stream(CheckInRecorded.class).filter(e -> e.caseId().equals(caseId))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'checkin.repeat' and record_id = ?")
                .param(caseId.toString()).query(Integer.class).single()).as("each repeat audited as one").isEqualTo(3);
    }

    @Test
    void neitherTheLinkNorThePhraseNorHisNameIsLogged(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        // whoever reads the server's log (an operator, a log shipper, a seized disk) must learn no link to check in with,
        // no duress phrase to avoid, and not whose check-ins these are
        mvc.perform(post("/checkins/cases/" + caseId + "/duress").param("phrase", "Сирень цветёт MARKERDURESS").with(csrf())
                .with(ActingStaff.as(coordinator)));
        String token = newLink();
        mvc.perform(get("/checkin/" + token));
        checkIn(token, "сирень цветёт markerduress");
        checkIn(token, "сирень цветёт markerduress");
        clock.advance(Duration.ofMinutes(11));
        checkIn(token, "");
        page("/checkins");
        page("/checkins/cases/" + caseId);
        assertThat(output.getAll()).doesNotContain(token).doesNotContainIgnoringCase("markerduress").doesNotContain("Тестов");
    }

    @Test
    void aOneTimeLinkWorksOnceAndExpires() throws Exception {
        String token = newLink();
        assertThat(mvc.perform(get("/checkin/" + token)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(checkIn(token, "").getStatus()).isEqualTo(200);
        // the same form sent again minutes later (the answer lost on a bad connection, the page refreshed): "received"
        // again, not "this link no longer works", which told him his check-in had failed
        clock.advance(Duration.ofMinutes(5));
        assertThat(checkIn(token, "").getStatus()).as("sent again").isEqualTo(200);
        clock.advance(Duration.ofMinutes(6));
        var used = checkIn(token, "");
        assertThat(used.getStatus()).as("used").isEqualTo(410);
        assertThat(used.getContentAsString()).contains("If you checked in with it, your check-in was received");
        assertThat(mvc.perform(get("/checkin/" + token)).andReturn().getResponse().getStatus()).isEqualTo(410);

        String late = newLink();
        clock.advance(Duration.ofHours(72));
        assertThat(checkIn(late, "").getStatus()).as("expired").isEqualTo(410);
        assertThat(checkIn("not-a-token", "").getStatus()).isEqualTo(410);
        assertThat(jdbc.sql("select count(*) from checkins where case_id = ?").param(caseId.value())
                .query(Integer.class).single()).as("the form sent again is the same check-in").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from checkin_links where case_id = ?").param(caseId.value())
                .query(Integer.class).single()).as("stored").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from checkin_links where encode(token_hash, 'escape') like ?")
                .param("%" + token + "%").query(Integer.class).single()).as("the token itself is not stored").isZero();
    }

    @Test
    void badScheduleInputIsExplainedAndChangesNothing() throws Exception {
        var response = mvc.perform(post("/checkins/cases/" + caseId + "/schedule").param("hours", "0").with(csrf())
                .with(ActingStaff.as(coordinator))).andReturn().getResponse();
        assertThat(response.getContentAsString()).contains("Give a whole number of hours from 1 to 336.");
        assertThat(jdbc.sql("select interval_minutes from checkin_schedules where case_id = ?").param(caseId.value())
                .query(Integer.class).single()).isEqualTo(24 * 60);
    }

    @Test
    void aScheduleSavedFromAnotherTabIsNotPutBack() throws Exception {
        // two tabs show the schedule of every 24 hours; the first saves every 12 hours
        String page = mvc.perform(get("/checkins/cases/" + caseId).with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getContentAsString();
        var shown = Pattern.compile("name=\"shownSchedule\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(shown.find()).isTrue();
        mvc.perform(post("/checkins/cases/" + caseId + "/schedule").param("hours", "12").param("shownSchedule", shown.group(1))
                .with(csrf()).with(ActingStaff.as(coordinator))).andExpect(status().is3xxRedirection());
        // the second, still showing 24 hours, pauses the schedule: refused, what was typed on it kept, 12 hours kept
        var response = mvc.perform(post("/checkins/cases/" + caseId + "/schedule").param("hours", "24").param("paused", "true")
                .param("stages", "IN_TRANSIT").param("shownSchedule", shown.group(1)).with(csrf())
                .with(ActingStaff.as(coordinator))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        String body = response.getContentAsString();
        assertThat(body).contains("Someone saved this case&#39;s check-in schedule since you opened the page");
        assertThat(body).containsPattern("id=\"hours\"[^>]*value=\"24\"").containsPattern("id=\"paused\"[^>]*checked");
        assertThat(jdbc.sql("select interval_minutes from checkin_schedules where case_id = ?").param(caseId.value())
                .query(Integer.class).single()).isEqualTo(12 * 60);
        assertThat(jdbc.sql("select paused from checkin_schedules where case_id = ?").param(caseId.value())
                .query(Boolean.class).single()).isFalse();
    }

    private List<Alert> alerts() {
        return jdbc.sql("select id, level, kind, acknowledged_at from checkin_alerts where case_id = ? order by raised_at")
                .param(caseId.value())
                .query((rs, n) -> new Alert(rs.getObject(1, UUID.class), caseId, UUID.randomUUID(),
                        Alert.Kind.valueOf(rs.getString(3)), null, clock.instant(), rs.getInt(2),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant())).list();
    }

    @Test
    void aLinkIsBuiltFromTheConfiguredAddressNeverFromTheRequestsHostHeader() throws Exception {
        String body = mvc.perform(post("/checkins/cases/" + caseId + "/links").header("Host", "collector.example:443")
                        .header("X-Forwarded-Host", "collector.example").with(csrf()).with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("collector.example").contains("http://localhost:");
    }

    private String newLink() throws Exception {
        String body = mvc.perform(post("/checkins/cases/" + caseId + "/links").with(csrf()).with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getContentAsString();
        var matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("the new link is shown").isTrue();
        return matcher.group(1);
    }

    private MockHttpServletResponse checkIn(String token, String phrase) throws Exception {
        return mvc.perform(post("/checkin/" + token).param("phrase", phrase).with(csrf())).andReturn().getResponse();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(ActingStaff.as(coordinator))).andReturn().getResponse().getContentAsString();
    }
}
