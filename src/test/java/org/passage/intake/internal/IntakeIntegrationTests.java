package org.passage.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.support.ActingStaff;
import org.passage.support.DatabaseDump;
import org.passage.support.MutableClock;
import org.springframework.context.annotation.Import;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import javax.sql.DataSource;

/**
 * The public intake on PostgreSQL, without login: a submission opens an unassigned first-contact case in the
 * configured organization, sealed and audited as anonymous, and answers with a code and passphrase that show
 * the stage; bad input names each field in the visitor's language and stores nothing.
 */
@PassageIntegrationTest(properties = "passage.intake.organization=Intake Org")
// a context of its own (own properties): closed after the class so its connections go back to the shared server
@DirtiesContext
@Import(MutableClock.Configuration.class)
class IntakeIntegrationTests {

    static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([A-Za-z0-9_-]+)\"");

    private static final Pattern CODE = Pattern.compile("id=\"case-code\">([2-9A-Z]{4}-[2-9A-Z]{4})<");
    private static final Pattern PASSPHRASE = Pattern.compile("id=\"passphrase\">([a-z2-9-]{24})<");
    private static int client;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    DataSource dataSource;
    @Autowired
    StaffDirectory directory;
    @Autowired
    MutableClock clock;

    UUID org;

    @BeforeEach
    void organization() {
        org = organizations.findByName("Intake Org").orElseGet(() -> organizations.create("Intake Org")).id();
    }

    @Test
    void aSubmissionOpensAnUnassignedFirstContactCaseAndItsPassphraseShowsTheStage() throws Exception {
        var response = submit("Marker Nickname Zq", "@marker_handle_zq", "Marker Town Zq", "Marker needs zq", "en");
        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString();
        var code = CODE.matcher(body);
        var passphrase = PASSPHRASE.matcher(body);
        assertThat(code.find()).isTrue();
        assertThat(passphrase.find()).isTrue();
        assertThat(body).doesNotContain("<script");

        var row = jdbc.sql("select id, stage, opened_by from cases where organization_id = ? and code = ?")
                .params(org, code.group(1)).query((rs, n) -> new Object[] {rs.getObject(1), rs.getString(2), rs.getObject(3)}).single();
        assertThat(row[1]).isEqualTo("FIRST_CONTACT");
        assertThat(row[2]).as("opened by nobody on the staff").isNull();
        assertThat(jdbc.sql("select count(*) from case_assignments where case_id = ?").param(row[0]).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select actor from audit_event where action = 'case.open' and record_id = ?").param(row[0].toString())
                .query(String.class).single()).isEqualTo("anonymous");
        assertThat(jdbc.sql("select passphrase_hash from intake_submissions where case_id = ?").param(row[0])
                .query(String.class).single()).startsWith("$argon2id$");
        String dump = DatabaseDump.logical(dataSource);
        assertThat(dump).doesNotContain("Marker Nickname Zq").doesNotContain("marker_handle_zq").doesNotContain("Marker Town Zq")
                .doesNotContain("Marker needs zq").doesNotContain(passphrase.group(1));

        String status = status(code.group(1).toLowerCase().replace("-", ""), passphrase.group(1).toUpperCase(), "en").getContentAsString();
        assertThat(status).contains("We have your message. Someone will contact you soon.").doesNotContain("Marker");
        assertThat(status(code.group(1), "wrong-pass-phrase-here", "en").getContentAsString())
                .contains("No case matches this code and passphrase.");
        assertThat(status("ZZZZ-ZZZZ", passphrase.group(1), "ru").getContentAsString())
                .contains("Нет дела с таким кодом и парольной фразой.");
    }

    @Test
    void staffReadWhatWasSentOnlyWithNeedToKnowAndTheReadingIsAudited() throws Exception {
        String body = submit("Inbox Person", "@inbox_person", "Ереван", "Нужен юрист", "en").getContentAsString();
        var code = CODE.matcher(body);
        assertThat(code.find()).isTrue();
        String caseId = jdbc.sql("select id from cases where code = ?").param(code.group(1)).query(String.class).single();
        var staff = new ActingStaff(organizations, directory, jdbc);
        var coordinator = staff.member(org, Role.COORDINATOR);
        var caseworker = staff.member(org, Role.CASEWORKER);
        var foreign = staff.member(staff.organization("Elsewhere"), Role.COORDINATOR);

        String inbox = mvc.perform(get("/intake-inbox").with(ActingStaff.as(coordinator))).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains(code.group(1)).contains("Inbox Person");
        var opened = mvc.perform(get("/intake-inbox/" + caseId).with(ActingStaff.as(coordinator))).andReturn().getResponse();
        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(opened.getContentAsString()).contains("@inbox_person").contains("Ереван").contains("Нужен юрист");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'intake.read' and record_id = ?").param(caseId)
                .query(Integer.class).single()).isEqualTo(1);

        String notAssigned = mvc.perform(get("/intake-inbox").with(ActingStaff.as(caseworker))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(notAssigned).as("not assigned: not listed").doesNotContain(code.group(1), "Inbox Person");
        // and not said to be nothing at all: something came, for a coordinator to assign (it read "Nothing has come in yet")
        assertThat(notAssigned).contains("Nothing here for you", "A coordinator assigns it").doesNotContain("Nothing has come in yet");
        assertThat(mvc.perform(get("/intake-inbox/" + caseId).with(ActingStaff.as(caseworker))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/intake-inbox/" + caseId).with(ActingStaff.as(foreign))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void badInputIsExplainedPerFieldInTheVisitorsLanguageAndNothingIsSaved() throws Exception {
        int cases = count("cases");
        int submissions = count("intake_submissions");
        var response = submit("", "x".repeat(301), "", "   ", "ru");
        assertThat(response.getStatus()).isEqualTo(400);
        String body = response.getContentAsString();
        assertThat(body).contains("id=\"name-error\"").contains("id=\"contact-error\"").contains("id=\"needs-error\"")
                .doesNotContain("id=\"whereabouts-error\"").contains("Заполните это поле.").contains("Не больше 300 символов.");
        assertThat(submit("Имя", "контакт", "", "нужна помощь\u0000", "fr").getContentAsString())
                .contains("Ce texte contient des caractères qui ne peuvent pas être enregistrés");
        assertThat(count("cases")).isEqualTo(cases);
        assertThat(count("intake_submissions")).isEqualTo(submissions);
    }

    @Test
    void theFormNeedsNoLoginNoScriptAndItsCsrfTokenTravelsInAHiddenField() throws Exception {
        var page = mvc.perform(get("/intake").param("lang", "ru")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Попросить о помощи").contains("type=\"hidden\" name=\"_csrf\"")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
        var forged = mvc.perform(post("/intake").param("name", "a").param("contact", "b").param("needs", "c")
                .with(csrf().useInvalidToken())).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
    }

    /**
     * A person on a shaky connection refreshes the receipt page, which sends the form again: it opened nothing new,
     * held nothing, and he is told the code of the case he has (it opened a second case, or held a copy with a
     * second code, and the first code he had perhaps not written down was gone from the screen).
     */
    @Test
    void theReceiptRefreshedOpensNoSecondCaseAndShowsTheCodeAgain() throws Exception {
        String address = "10.66.0." + (++client);
        String token = formToken(mvc, address);
        clock.advance(java.time.Duration.ofSeconds(20));
        int cases = count("cases");
        int held = count("intake_held");
        var send = post("/intake").param("name", "Повторов Пётр").param("contact", "@povtorov").param("whereabouts", "Ростов")
                .param("needs", "Пришла повестка").param("lang", "ru").param("formToken", token).with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        String receipt = mvc.perform(send).andReturn().getResponse().getContentAsString();
        var first = CODE.matcher(receipt);
        assertThat(first.find()).isTrue();
        // the receipt shows the passphrase once: a language link on it opened the empty form and lost the passphrase
        assertThat(receipt).contains("id=\"passphrase\"").doesNotContain("lang=en").doesNotContain("hreflang");

        String again = mvc.perform(send).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Это сообщение у нас уже есть").contains(first.group(1)).doesNotContain("id=\"passphrase\"");
        assertThat(count("cases")).isEqualTo(cases + 1);
        assertThat(count("intake_held")).isEqualTo(held);

        // the same token with other words is no page sent again: held for a coordinator as before
        mvc.perform(post("/intake").param("name", "Другой Человек").param("contact", "@other").param("needs", "Другое")
                .param("formToken", token).with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
        assertThat(count("intake_held")).isEqualTo(held + 1);
    }

    @Test
    void submissionsFromOneClientOverTheLimitAreHeldNotRefused() throws Exception {
        String address = "10.77.0." + (++client);
        int cases = count("cases");
        int held = count("intake_held");
        for (int i = 0; i < 6; i++) {
            var response = submitFrom(address, "Limit Person " + i, "@limit" + i, "", "Help " + i, "en");
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(CODE.matcher(response.getContentAsString()).find()).as("every one gets a code").isTrue();
        }
        assertThat(count("cases")).isEqualTo(cases + 5);
        assertThat(count("intake_held")).isEqualTo(held + 1);
    }

    private MockHttpServletResponse submit(String name, String contact, String whereabouts, String needs, String lang) throws Exception {
        ++client;
        return submitFrom("10.88." + (client / 256) + "." + (client % 256), name, contact, whereabouts, needs, lang);
    }

    /** As a person does it: the form is served, he types for a while, then sends it with the form's token. */
    MockHttpServletResponse submitFrom(String address, String name, String contact, String whereabouts, String needs, String lang)
            throws Exception {
        String token = formToken(mvc, address);
        clock.advance(java.time.Duration.ofSeconds(20));
        return mvc.perform(post("/intake").param("name", name).param("contact", contact).param("whereabouts", whereabouts)
                .param("needs", needs).param("lang", lang).param("formToken", token).with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
    }

    static String formToken(MockMvc mvc, String address) throws Exception {
        String page = mvc.perform(get("/intake").with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse().getContentAsString();
        var matcher = FORM_TOKEN.matcher(page);
        assertThat(matcher.find()).as("the form carries a token").isTrue();
        return matcher.group(1);
    }

    private MockHttpServletResponse status(String code, String passphrase, String lang) throws Exception {
        return perform(post("/intake/status").param("code", code).param("passphrase", passphrase).param("lang", lang));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        String address = "10.88." + (++client / 256) + "." + (client % 256);
        return mvc.perform(request.with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
