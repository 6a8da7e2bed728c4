package org.passage.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.passage.bench.telegram.FakeBotApi;
import org.passage.cases.CaseId;
import org.passage.checkins.CheckInMissed;
import org.passage.checkins.DuressSignalled;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.PassageModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Module test of telegram (with the modules it needs), scenarios from check-ins: when check-ins publishes
 * {@link DuressSignalled} or {@link CheckInMissed}, the staff who should know get a message on Telegram (a fake
 * Bot API on 127.0.0.1) that names the case code and the level, and nothing else.
 */
@PassageModuleTest
@TestPropertySource(properties = "passage.telegram.poll-timeout=PT1S")
// a context of its own (a running bot, own properties): closed after the class
@DirtiesContext
class StaffAlertsIntegrationTests {

    private static final String TOKEN = "7350012345:AAH-test_token_of_the_fake_bot_api_abc";
    private static final Pattern STAFF_CODE = Pattern.compile("id=\"code-value\">/staff ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})<");
    private static final Duration WAIT = Duration.ofSeconds(20);
    static FakeBotApi api;

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChatLinks chats;

    @DynamicPropertySource
    static void fakeTelegram(DynamicPropertyRegistry registry) throws Exception {
        api = new FakeBotApi(TOKEN);
        registry.add("passage.telegram.api-url", api::url);
        registry.add("passage.telegram.token", () -> TOKEN);
    }

    @AfterAll
    static void stopFake() {
        api.close();
    }

    @Test
    void aDuressSignalReachesTheCoordinatorAsAnUrgentAlert(Scenario scenario) throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Telegram Duress");
        var coordinator = staff.member(org, Role.COORDINATOR);
        CaseId caseId = openCase(coordinator);
        long chat = connect(coordinator, 9101);

        scenario.publish(new DuressSignalled(caseId, org, Instant.now()))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> api.sentTo(chat), sent -> sent.size() == 2)
                .andVerify(sent -> assertThat(sent.getLast().text())
                        .isEqualTo("Passage: urgent alert on case " + code(caseId) + " (level 3). Open Passage."));
    }

    @Test
    void aMissedCheckInAtLevelTwoReachesTheCoordinatorsNotTheCaseworker(Scenario scenario) throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Telegram Missed");
        var coordinator = staff.member(org, Role.COORDINATOR);
        var caseworker = staff.member(org, Role.CASEWORKER);
        CaseId caseId = openCase(coordinator);
        mvc.perform(post("/cases/" + caseId + "/assignments").with(csrf()).with(ActingStaff.as(coordinator))
                .param("staffId", caseworker.id().toString()));
        long coordinatorChat = connect(coordinator, 9201);
        long caseworkerChat = connect(caseworker, 9202);

        scenario.publish(new CheckInMissed(caseId, org, Instant.now(), 2))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> api.sentTo(coordinatorChat), sent -> sent.size() == 2)
                .andVerify(sent -> {
                    assertThat(sent.getLast().text()).isEqualTo("Passage: check-in overdue on case " + code(caseId) + " (level 2). Open Passage.");
                    assertThat(api.sentTo(caseworkerChat)).as("only the answer to /staff").hasSize(1);
                });
    }

    @Test
    void anUrgentAlertReachesNoAuditorOrOrgAdminOnCall(Scenario scenario) throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Telegram On Call");
        var coordinator = staff.member(org, Role.COORDINATOR);
        var auditor = staff.member(org, Role.AUDITOR);
        var admin = staff.member(org, Role.ORG_ADMIN);
        CaseId caseId = openCase(coordinator);
        long coordinatorChat = connect(coordinator, 9301);
        // connected and on call before their roles lost the card (no code is made for them now): they see no case
        chats.linkStaff(auditor.id(), org, 9302, Instant.now());
        chats.setOnCall(auditor.id(), true);
        chats.linkStaff(admin.id(), org, 9303, Instant.now());
        chats.setOnCall(admin.id(), true);

        scenario.publish(new DuressSignalled(caseId, org, Instant.now()))
                .andWaitAtMost(WAIT)
                .andWaitForStateChange(() -> jdbc.sql("select detail from audit_event where action = 'telegram.alert.send' and record_id = ?")
                        .param(caseId.toString()).query(String.class).list(), details -> !details.isEmpty())
                .andVerify(details -> {
                    assertThat(details).containsExactly("level 3: sent to 1 of 1 staff members");
                    assertThat(api.sentTo(coordinatorChat)).hasSize(2);
                    assertThat(api.sentTo(9302)).isEmpty();
                    assertThat(api.sentTo(9303)).isEmpty();
                });
    }

    private CaseId openCase(StaffMember coordinator) throws Exception {
        return new CaseId(UUID.fromString(ActingStaff.openCase(mvc, coordinator, "Тестов Тест", "TESTOV TEST")));
    }

    /** Connects the member's Telegram chat with a one-time code from his page, as he would. */
    private long connect(StaffMember member, long chat) throws Exception {
        String page = mvc.perform(post("/telegram/me/code").with(csrf()).with(ActingStaff.as(member)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher code = STAFF_CODE.matcher(page);
        assertThat(code.find()).as("a one-time code on the page").isTrue();
        api.userSays(chat, "/staff " + code.group(1), "en");
        List<FakeBotApi.Sent> answer = api.awaitSent(chat, 1, WAIT);
        assertThat(answer.getFirst().text()).startsWith("Connected");
        return chat;
    }

    private String code(CaseId caseId) {
        return jdbc.sql("select code from cases where id = ?").param(caseId.value()).query(String.class).single();
    }
}
