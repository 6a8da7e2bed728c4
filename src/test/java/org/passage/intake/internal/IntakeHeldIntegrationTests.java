package org.passage.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.support.ActingStaff;
import org.passage.support.DatabaseDump;
import org.passage.support.MutableClock;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The red team's "the public intake can be exhausted" (issue 16): behind Tor every person shares one address, so one
 * spammer used the address's (and the installation's) budget and every genuine request was refused for an hour, and
 * each spam opened a case. Now nothing is refused: what is over the budget, too fast, on a used token or with the
 * honeypot filled is held (sealed, no case) for a coordinator to mark spam, duplicate, or accept.
 */
@PassageIntegrationTest(properties = "passage.intake.organization=Held Intake Org")
@DirtiesContext
@Import(MutableClock.Configuration.class)
class IntakeHeldIntegrationTests {

    private static final Pattern CODE = Pattern.compile("id=\"case-code\">([2-9A-Z]{4}-[2-9A-Z]{4})<");
    private static final Pattern PASSPHRASE = Pattern.compile("id=\"passphrase\">([a-z2-9-]{24})<");
    private static final String TOR_EXIT = "127.0.0.1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;

    UUID org;
    StaffMember coordinator;

    @BeforeEach
    void organization() {
        org = organizations.findByName("Held Intake Org").orElseGet(() -> organizations.create("Held Intake Org")).id();
        coordinator = new ActingStaff(organizations, directory, jdbc).member(org, Role.COORDINATOR);
        clock.advance(Duration.ofHours(2)); // every test starts with fresh rate windows
        // and with nothing held: what earlier tests left is marked spam (and so erased)
        jdbc.sql("""
                update intake_held set state = 'SPAM', decided_by = ?, decided_at = now(), name = null, contact = null,
                       whereabouts = null, needs = null where organization_id = ? and state = 'HELD'""")
                .params(coordinator.id(), org).update();
    }

    @Test
    void aFloodFromOneTorExitDoesNotTurnAwayAGenuinePersonWhoIsHeldAndAcceptedIntoACase() throws Exception {
        int cases = count("cases");
        int held = audited("intake.held");
        int accepts = audited("intake.held.accept");
        int reads = audited("intake.held.read");
        for (int i = 0; i < 12; i++) {
            var spam = send(TOR_EXIT, "Buy Zqcoins " + i, "spam@example.org", "", "cheap coins " + i, true, "");
            assertThat(spam.getStatus()).isEqualTo(200);
        }
        assertThat(count("cases")).as("only the budget of the address opened cases").isEqualTo(cases + 5);

        var genuine = send(TOR_EXIT, "Genuine Zqvanya", "@genuine_zq", "Zqtown", "I need a lawyer, zq", true, "");
        assertThat(genuine.getStatus()).as("not turned away").isEqualTo(200);
        String body = genuine.getContentAsString();
        var code = CODE.matcher(body);
        var passphrase = PASSPHRASE.matcher(body);
        assertThat(code.find()).isTrue();
        assertThat(passphrase.find()).isTrue();
        assertThat(count("cases")).as("held: no case yet").isEqualTo(cases + 5);
        assertThat(status(code.group(1), passphrase.group(1))).contains("We have your message. Someone will contact you soon.");
        assertThat(DatabaseDump.logical(dataSource)).doesNotContain("Genuine Zqvanya").doesNotContain("genuine_zq")
                .doesNotContain("I need a lawyer, zq");

        // the inbox says that something waits in triage (it said "Nothing has come in yet"), and how much
        int waiting = jdbc.sql("select count(*) from intake_held where organization_id = ? and state = 'HELD'").param(org).query(Integer.class).single();
        assertThat(page(get("/intake-inbox"))).contains("Held for triage: " + waiting + " waiting for your decision");
        String list = page(get("/intake-inbox/held"));
        assertThat(list).contains("Genuine Zqvanya").contains("over the rate limit");
        UUID heldId = jdbc.sql("select id from intake_held where organization_id = ? and state = 'HELD' order by received_at desc limit 1")
                .param(org).query(UUID.class).single();
        assertThat(page(get("/intake-inbox/held/" + heldId))).contains("@genuine_zq").contains("Zqtown");

        var accepted = mvc.perform(post("/intake-inbox/held/" + heldId + "/accept").with(csrf()).with(ActingStaff.as(coordinator)))
                .andReturn().getResponse();
        assertThat(accepted.getRedirectedUrl()).startsWith("/intake-inbox/");
        String caseId = accepted.getRedirectedUrl().substring("/intake-inbox/".length());
        assertThat(count("cases")).isEqualTo(cases + 6);
        assertThat(page(get("/intake-inbox/" + caseId))).contains("@genuine_zq").contains("I need a lawyer, zq");
        assertThat(jdbc.sql("select state || ' ' || (name is null) from intake_held where id = ?").param(heldId).query(String.class).single())
                .isEqualTo("ACCEPTED true");
        assertThat(jdbc.sql("select count(*) from intake_submissions s join intake_held h on s.code_index = h.code_index where h.id = ? and s.case_id = ?::uuid")
                .params(heldId, caseId).query(Integer.class).single()).as("his code now leads to the case").isEqualTo(1);
        assertThat(status(code.group(1), passphrase.group(1))).contains("We have your message. Someone will contact you soon.");
        assertThat(audited("intake.held") - held).isEqualTo(8);
        assertThat(audited("intake.held.accept") - accepts).isEqualTo(1);
        assertThat(audited("intake.held.read") - reads).isEqualTo(1);
    }

    @Test
    void aBotThatFillsTheHoneypotOrSubmitsFasterThanAPersonIsHeldAndOpensNothing() throws Exception {
        int cases = count("cases");
        assertThat(send("10.9.0.1", "Bot One", "bot@example.org", "", "spam", true, "http://spam.example").getStatus()).isEqualTo(200);
        assertThat(send("10.9.0.2", "Bot Two", "bot@example.org", "", "spam", false, "").getStatus()).isEqualTo(200);
        assertThat(count("cases")).isEqualTo(cases);
        assertThat(jdbc.sql("select reason from intake_held where organization_id = ? and state = 'HELD' order by received_at")
                .param(org).query(String.class).list()).containsSubsequence("HONEYPOT", "TOO_FAST");

        for (UUID id : jdbc.sql("select id from intake_held where organization_id = ? and state = 'HELD'").param(org).query(UUID.class).list()) {
            mvc.perform(post("/intake-inbox/held/" + id + "/spam").with(csrf()).with(ActingStaff.as(coordinator)));
        }
        assertThat(jdbc.sql("select count(*) from intake_held where organization_id = ? and (state <> 'SPAM' or name is not null or needs is not null)")
                .param(org).query(Integer.class).single()).as("spam is erased").isZero();
        assertThat(page(get("/intake-inbox/held"))).contains("id=\"held-none\"");
    }

    @Test
    void aFormTokenWorksOnceAndAForgedOneIsHeld() throws Exception {
        int cases = count("cases");
        String token = IntakeIntegrationTests.formToken(mvc, "10.9.1.1");
        clock.advance(Duration.ofSeconds(30));
        sendWithToken("10.9.1.1", token, "Once Person");
        sendWithToken("10.9.1.2", token, "Twice Person");
        sendWithToken("10.9.1.3", token.substring(1) + "A", "Forged Person");
        assertThat(count("cases")).isEqualTo(cases + 1);
        assertThat(jdbc.sql("select reason from intake_held where organization_id = ? and state = 'HELD'").param(org)
                .query(String.class).list()).containsExactly("FORM_TOKEN", "FORM_TOKEN");
    }

    @Test
    void onlyCoordinatorsOfTheOrganizationTriageAndADecidedItemCannotBeDecidedAgain() throws Exception {
        send("10.9.2.1", "Triage Person", "@triage", "", "help", false, "");
        UUID heldId = jdbc.sql("select id from intake_held where organization_id = ? and state = 'HELD'").param(org).query(UUID.class).single();
        var staff = new ActingStaff(organizations, directory, jdbc);
        var caseworker = staff.member(org, Role.CASEWORKER);
        var foreign = staff.member(staff.organization("Elsewhere"), Role.COORDINATOR);
        assertThat(mvc.perform(get("/intake-inbox/held").with(ActingStaff.as(caseworker))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/intake-inbox/held/" + heldId).with(ActingStaff.as(foreign))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/intake-inbox/held/" + heldId + "/accept").with(csrf()).with(ActingStaff.as(foreign)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        mvc.perform(post("/intake-inbox/held/" + heldId + "/duplicate").with(csrf()).with(ActingStaff.as(coordinator)));
        assertThat(mvc.perform(post("/intake-inbox/held/" + heldId + "/accept").with(csrf()).with(ActingStaff.as(coordinator)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select state from intake_held where id = ?").param(heldId).query(String.class).single()).isEqualTo("DUPLICATE");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'intake.held.accept' and outcome = 'DENIED'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    /** A visitor: serves the form, waits as a person types (or not), sends it with the token. */
    private MockHttpServletResponse send(String address, String name, String contact, String whereabouts, String needs,
                                         boolean likeAPerson, String honeypot) throws Exception {
        String token = IntakeIntegrationTests.formToken(mvc, address);
        clock.advance(likeAPerson ? Duration.ofSeconds(25) : Duration.ofMillis(400));
        return mvc.perform(post("/intake").param("name", name).param("contact", contact).param("whereabouts", whereabouts)
                .param("needs", needs).param("lang", "en").param("formToken", token).param(IntakePages.HONEYPOT, honeypot)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
    }

    private void sendWithToken(String address, String token, String name) throws Exception {
        var response = mvc.perform(post("/intake")
                .param("name", name).param("contact", "@x").param("needs", "help").param("lang", "en").param("formToken", token)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    private String status(String code, String passphrase) throws Exception {
        return mvc.perform(post("/intake/status").param("code", code).param("passphrase", passphrase).param("lang", "en")
                .with(csrf()).with(r -> {
                    r.setRemoteAddr("10.9.9." + (int) (Math.random() * 200));
                    return r;
                })).andReturn().getResponse().getContentAsString();
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(ActingStaff.as(coordinator))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = ? and organization_id = ? and outcome = 'SUCCESS'")
                .params(action, org).query(Integer.class).single();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
