package org.passage.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.bench.telegram.FakeBotApi;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.MutableClock;
import org.passage.support.PassageIntegrationTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ReflectionUtils;

/**
 * The bot end to end: the real telegrambots library long-polls a fake Bot API on 127.0.0.1, and the test
 * plays the person. Intake in Russian and English opens a case in the intake inbox; /status shows the stage;
 * a caseworker's one-time code connects a chat and /checkin records a check-in; a duress phrase looks the same
 * in the chat but alerts staff; a missed check-in reaches staff on Telegram with nothing but the case code.
 * Nothing personal is ever sent back, secrets are deleted from the chat, and the token never reaches the log.
 */
@PassageIntegrationTest(properties = {"passage.intake.organization=Telegram Intake", "passage.telegram.poll-timeout=PT1S",
        "passage.checkins.sweep-every=PT24H", "logging.level.org.telegram=DEBUG", "logging.level.okhttp3=DEBUG",
        "logging.level.org.passage.telegram=DEBUG"})
// a context of its own (a running bot, own properties): closed after the class
@DirtiesContext
@Import(MutableClock.Configuration.class)
class TelegramBotIntegrationTests {

    static final String TOKEN = "7350012345:AAH-test_token_of_the_fake_bot_api_xyz";
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern RECEIPT = Pattern.compile("([2-9A-Z]{4}-[2-9A-Z]{4})\\R.*?([a-z2-9]{4}(?:-[a-z2-9]{4}){4})", Pattern.DOTALL);
    private static final Pattern LINK_CODE = Pattern.compile("id=\"code-value\">/(?:link|staff) ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})<");
    private static final AtomicLong CHATS = new AtomicLong(7000);
    static final String REQUIRED_RU = "Заполните это поле.";
    static FakeBotApi api;
    static ListAppender<ILoggingEvent> logs;

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
    MutableClock clock;
    @Autowired
    TelegramBot bot;
    @Autowired
    ApplicationContext context;

    StaffMember coordinator;
    StaffMember caseworker;
    UUID org;

    @DynamicPropertySource
    static void fakeTelegram(DynamicPropertyRegistry registry) throws Exception {
        api = new FakeBotApi(TOKEN);
        registry.add("passage.telegram.api-url", api::url);
        registry.add("passage.telegram.token", () -> TOKEN);
    }

    @BeforeAll
    static void captureLogs() {
        logs = new ListAppender<>();
        logs.setName("telegram-test-capture");
        logs.start();
    }

    /** Attached once the application has set logging up (which resets Logback's appenders). */
    @BeforeEach
    void attachCapture() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(logs.getName()) == null) {
            root.addAppender(logs);
        }
    }

    @AfterAll
    static void stopFake() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(logs);
        api.close();
    }

    @BeforeEach
    void staff() {
        var staff = new ActingStaff(organizations, directory, jdbc);
        org = staff.organization("Telegram");
        coordinator = staff.member(org, Role.COORDINATOR);
        caseworker = staff.member(org, Role.CASEWORKER);
        organizations.findByName("Telegram Intake").orElseGet(() -> organizations.create("Telegram Intake"));
    }

    @Test
    void intakeInRussianOpensACaseInTheInboxAndStatusShowsItsStage() throws Exception {
        assertThat(bot.isRunning()).isTrue();
        assertThat(api.calls()).as("long polling, with the command list set").contains("deletewebhook", "setmycommands", "getupdates");
        long chat = CHATS.incrementAndGet();
        var welcome = say(chat, "/start", "ru");
        assertThat(welcome.text()).contains("Здравствуйте");
        assertThat(welcome.buttons()).containsExactly("/intake", "/status", "/checkin", "/lang");

        api.userPresses(chat, "/intake", "ru");
        assertThat(next(chat, 2).text()).contains("Как к вам обращаться");
        int name = api.userSays(chat, "Маркер Зюзин", "ru");
        assertThat(next(chat, 3).text()).contains("Где вы примерно");
        int where = api.userSays(chat, "Маркерград, Казахстан", "ru");
        assertThat(next(chat, 4).text()).contains("Какая помощь");
        int needs = api.userSays(chat, "Маркерная помощь с визой", "ru");
        assertThat(next(chat, 5).text()).contains("связаться");
        int contact = api.userSays(chat, "@marker_zyuzin", "ru");
        String receipt = next(chat, 6).text();
        assertThat(receipt).contains("Код дела").contains("Парольная фраза"); // the web receipt's word
        Matcher m = RECEIPT.matcher(receipt);
        assertThat(m.find()).as(receipt).isTrue();
        String code = m.group(1);
        String passphrase = m.group(2);
        assertThat(api.deleted()).as("every answer is deleted from the chat").contains(name, where, needs, contact);

        UUID intakeOrg = organizations.findByName("Telegram Intake").orElseThrow().id();
        StaffMember intakeCoordinator = new ActingStaff(organizations, directory, jdbc).member(intakeOrg, Role.COORDINATOR);
        String inbox = mvc.perform(get("/intake-inbox").with(ActingStaff.as(intakeCoordinator))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains(code);

        say(chat, "/status", "ru");
        int codeMessage = api.userSays(chat, code.toLowerCase(), "ru");
        assertThat(next(chat, 8).text()).contains("парольную фразу");
        int secret = api.userSays(chat, passphrase, "ru");
        assertThat(next(chat, 9).text()).startsWith("Статус вашего дела:").contains("Мы получили");
        assertThat(api.deleted()).contains(codeMessage, secret);

        say(chat, "/status", "ru");
        api.userSays(chat, code, "ru");
        next(chat, 11);
        api.userSays(chat, "wrong-pass-phrase-here", "ru");
        assertThat(next(chat, 12).text()).doesNotContain("Статус вашего дела")
                .as("says how to try again in the chat, where the question is not asked again").contains("/status");

        assertNothingPersonalSentBack("Маркер", "Зюзин", "marker", "Казахстан", "визой");
        assertTokenNeverLogged();
    }

    @Test
    void intakeInEnglishAndLanguageSwitch() throws Exception {
        long chat = CHATS.incrementAndGet();
        assertThat(say(chat, "/start", "en").text()).startsWith("Hello");
        say(chat, "/intake", "en");
        api.userSays(chat, "Markerman", "en");
        next(chat, 3);
        api.userSays(chat, "-", "en");
        assertThat(next(chat, 4).text()).isEqualTo("What help do you need?");
        api.userSays(chat, "Markerhelp with papers", "en");
        next(chat, 5);
        api.userSays(chat, "markermail@example.org", "en");
        assertThat(next(chat, 6).text()).startsWith("We received your message").contains("Case code: ").contains("Passphrase: ");
        assertThat(jdbc.sql("select count(*) from intake_submissions").query(Integer.class).single()).isPositive();

        assertThat(say(chat, "/lang", "en").text()).startsWith("Язык: русский");
        assertThat(say(chat, "/help", "en").text()).as("the chosen language sticks").startsWith("Здравствуйте");
        say(chat, "/intake", "en");
        api.userSays(chat, "   ", "en");
        assertThat(next(chat, 10).text()).as("an empty answer is refused in the chosen language").isEqualTo(REQUIRED_RU);
        assertNothingPersonalSentBack("Markerman", "Markerhelp", "markermail");
    }

    @Test
    void aLinkedChatChecksInAndADuressPhraseLooksTheSameButAlertsStaff() throws Exception {
        CaseId caseId = checkInCase();
        mvc.perform(post("/checkins/cases/" + caseId + "/duress").param("phrase", "Погода хорошая").with(csrf())
                .with(ActingStaff.as(coordinator)));
        long staffChat = CHATS.incrementAndGet();
        connectStaff(coordinator, staffChat);
        long chat = CHATS.incrementAndGet();

        assertThat(say(chat, "/checkin", "ru").text()).contains("фразу");
        assertThat(say(chat, "всё хорошо", "ru").text()).as("not connected yet").contains("/link");

        String code = code(mvc.perform(post("/telegram/cases/" + caseId + "/code").with(csrf()).with(ActingStaff.as(caseworker)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        int linkMessage = api.userSays(chat, "/link " + code.toLowerCase(), "ru");
        assertThat(next(chat, 3).text()).startsWith("Подключено");
        assertThat(api.deleted()).contains(linkMessage);
        assertThat(say(chat, "/link " + code, "ru").text()).as("a code works once").contains("не действует")
                .as("and says what to do next").contains("попросите у куратора новый код");
        byte[] sealed = jdbc.sql("select chat_id from telegram_case_chats where case_id = ?").param(caseId.value()).query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(Long.toString(chat));

        say(chat, "/checkin", "ru");
        int normal = api.userSays(chat, "всё хорошо", "ru");
        String normalAnswer = next(chat, 6).text();
        say(chat, "/checkin", "ru");
        int duress = api.userSays(chat, "  погода   ХОРОШАЯ ", "ru");
        String duressAnswer = next(chat, 8).text();
        assertThat(duressAnswer).isEqualTo(normalAnswer).contains("Спасибо");
        assertThat(api.deleted()).contains(normal, duress);
        assertThat(jdbc.sql("select count(*) from checkins where case_id = ? and channel = 'TELEGRAM'").param(caseId.value())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select level from checkin_alerts where case_id = ? and kind = 'DURESS'").param(caseId.value())
                .query(Integer.class).single()).isEqualTo(3);

        String caseCode = caseCode(caseId);
        var alert = api.awaitSent(staffChat, 2, WAIT).get(1);
        assertThat(alert.text()).isEqualTo("Passage: urgent alert on case " + caseCode + " (level 3). Open Passage.");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'telegram.alert.send' and record_id = ? and outcome = 'SUCCESS'")
                .param(caseId.toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select string_agg(detail, ' ') from audit_event where action like 'telegram.%'").query(String.class).single())
                .doesNotContain(Long.toString(chat)).doesNotContain(Long.toString(staffChat));
        assertNothingPersonalSentBack("всё хорошо", "Погода", "погода");
    }

    @Test
    void aMissedCheckInReachesTheCaseworkerThenTheCoordinatorOnTelegram() throws Exception {
        CaseId caseId = checkInCase();
        long caseworkerChat = CHATS.incrementAndGet();
        long coordinatorChat = CHATS.incrementAndGet();
        connectStaff(caseworker, caseworkerChat);
        connectStaff(coordinator, coordinatorChat);
        String caseCode = caseCode(caseId);

        clock.advance(Duration.ofHours(25));
        sweep();
        assertThat(api.awaitSent(caseworkerChat, 2, WAIT).get(1).text())
                .isEqualTo("Passage: check-in overdue on case " + caseCode + " (level 1). Open Passage.");
        clock.advance(Duration.ofHours(2));
        sweep();
        assertThat(api.awaitSent(coordinatorChat, 2, WAIT).get(1).text())
                .isEqualTo("Passage: check-in overdue on case " + caseCode + " (level 2). Open Passage.");
        assertThat(api.sentTo(caseworkerChat)).as("level 2 is the coordinators'").hasSize(2);
    }

    @Test
    void malformedAndForeignUpdatesAreIgnoredSafely() {
        long chat = CHATS.incrementAndGet();
        api.enqueueRaw("{\"message\": {\"message_id\": 1, \"date\": 1, \"chat\": {\"id\": -100123, \"type\": \"group\"}, \"text\": \"/start\"}}");
        api.enqueueRaw("{\"message\": {\"message_id\": 2, \"date\": 1, \"chat\": {\"id\": " + chat + ", \"type\": \"private\"}}}");
        api.enqueueRaw("{\"edited_message\": {\"message_id\": 3, \"date\": 1, \"chat\": {\"id\": " + chat + ", \"type\": \"private\"}, \"text\": \"x\"}}");
        api.enqueueRaw("{\"callback_query\": {\"id\": \"q1\", \"chat_instance\": \"1\", \"from\": {\"id\": 5, \"is_bot\": false, \"first_name\": \"A\"}, \"data\": \"/intake\"}}");
        api.enqueueRaw("{\"channel_post\": {\"message_id\": 4, \"date\": 1, \"chat\": {\"id\": -100999, \"type\": \"channel\"}, \"text\": \"/status\"}}");
        api.enqueueRaw("{\"something_new\": {\"weird\": [1, 2, {\"deep\": null}]}}");
        api.userSays(chat, "x".repeat(5000), "en");
        api.userSays(chat, "\u0000\u0001/start\u202e", "en");
        assertThat(api.awaitSent(chat, 3, WAIT)).as("a message without text, a too long one and a garbled one get the menu")
                .allSatisfy(m -> assertThat(m.text()).isEqualTo("What would you like to do?"));
        assertThat(say(chat, "/start", "en").text()).as("still answering after the junk").startsWith("Hello");
        assertThat(api.sentTo(-100123)).isEmpty();
        assertThat(api.sentTo(-100999)).isEmpty();
    }

    private CaseId checkInCase() throws Exception {
        CaseId caseId = cases.openForApplicant(org, "Тестов Тест").id();
        mvc.perform(post("/cases/" + caseId + "/assignments").with(csrf()).with(ActingStaff.as(coordinator))
                .param("staffId", caseworker.id().toString()));
        mvc.perform(post("/checkins/cases/" + caseId + "/schedule").param("hours", "24").with(csrf()).with(ActingStaff.as(coordinator)));
        return caseId;
    }

    private void connectStaff(StaffMember member, long chat) throws Exception {
        String code = code(mvc.perform(post("/telegram/me/code").with(csrf()).with(ActingStaff.as(member)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(say(chat, "/staff " + code, "en").text()).startsWith("Connected");
    }

    /** The check-in scheduler's run, as the clock has moved (its class is internal to check-ins). */
    private void sweep() {
        Object scheduler = context.getBean("missedCheckIns");
        var method = ReflectionUtils.findMethod(scheduler.getClass(), "sweep");
        ReflectionUtils.makeAccessible(method);
        ReflectionUtils.invokeMethod(method, scheduler);
    }

    private String caseCode(CaseId caseId) {
        return jdbc.sql("select code from cases where id = ?").param(caseId.value()).query(String.class).single();
    }

    private static String code(String page) {
        Matcher m = LINK_CODE.matcher(page);
        assertThat(m.find()).as("a one-time code on the page").isTrue();
        return m.group(1);
    }

    /** The person writes, and the bot's next message to that chat is returned. */
    private FakeBotApi.Sent say(long chat, String text, String language) {
        int before = api.sentTo(chat).size();
        api.userSays(chat, text, language);
        return next(chat, before + 1);
    }

    private FakeBotApi.Sent next(long chat, int count) {
        List<FakeBotApi.Sent> sent = api.awaitSent(chat, count, WAIT);
        return sent.get(count - 1);
    }

    private static void assertNothingPersonalSentBack(String... markers) {
        for (var message : api.sent()) {
            for (String marker : markers) {
                assertThat(message.text()).as("message to the chat").doesNotContain(marker);
            }
        }
    }

    private static void assertTokenNeverLogged() {
        String secretPart = TOKEN.substring(TOKEN.indexOf(':') + 1);
        List<ILoggingEvent> events;
        synchronized (logs) {
            events = new java.util.ArrayList<>(logs.list);
        }
        assertThat(events).as("the library's debug log was captured").isNotEmpty();
        for (ILoggingEvent event : events) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(text).doesNotContain(secretPart);
        }
    }
}
