package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffIdentities;
import org.passage.organizations.StaffIdentity;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The red team's "one person can hold two analyst accounts and so defeat the two-person rule" (issue 16), replayed
 * through the real login steps: a person logs in as one analyst, proposes, logs in as his second analyst account in the
 * same browser and confirms — refused; an admin opens a second account for the same e-mail — refused. What Passage
 * cannot see (another browser) is flagged when it shares the network address, and shown to the admins.
 */
@PassageIntegrationTest
@Import(LoginFixtures.class)
class OnePersonTwoAccountsIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffDirectory staff;
    @Autowired
    StaffIdentities identities;
    @Autowired
    org.passage.vetting.VettingRecords records;
    @Autowired
    org.passage.cases.Cases cases;

    UUID ark;
    LoginFixtures.Account first;
    LoginFixtures.Account second;
    String caseId;

    @BeforeEach
    void twoAnalystAccountsAndAProposal() throws Exception {
        ark = fixtures.organization("Ark");
        first = fixtures.account(ark, Role.VETTING_ANALYST);
        second = fixtures.account(ark, Role.VETTING_ANALYST);
        var coordinator = staff.find(fixtures.account(ark, Role.COORDINATOR).id()).orElseThrow();
        caseId = ActingStaff.openCase(mvc, coordinator, "Тестов Тест", "TESTOV TEST");
        for (var analyst : new LoginFixtures.Account[] {first, second}) {
            mvc.perform(post("/cases/" + caseId + "/assignments").with(csrf()).with(ActingStaff.as(coordinator))
                    .param("staffId", analyst.id().toString())).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void oneBrowserTwoAnalystAccountsTheSecondSignOffIsRefusedAndAudited() throws Exception {
        String home = fixtures.address();
        var browser = new Browser();
        var firstSession = browser.login(first, home);
        assertThat(browser.device).as("the first complete login gives the browser its device mark").isNotNull();
        propose(firstSession, home);

        var secondSession = browser.login(second, home); // same browser: logs out of one account, into the other
        String page = mvc.perform(post("/cases/" + caseId + "/vetting/decision/review").session(secondSession).with(csrf())
                        .cookie(browser.device).with(LoginFixtures.from(home)).param("verdict", "confirm").param("reason", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("logged in with this browser");
        assertThat(state()).isEqualTo("PROPOSED");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'vetting.review' and outcome = 'DENIED' and record_id = ?
                        and detail like 'confirmation from a browser the proposer%'""")
                .param(caseId).query(Integer.class).single()).isEqualTo(1);

        // the same request without its device mark (cookies cleared after login) cannot be checked: refused too
        mvc.perform(post("/cases/" + caseId + "/vetting/decision/review").session(secondSession).with(csrf())
                        .with(LoginFixtures.from(home)).param("verdict", "confirm").param("reason", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("cannot recognise this browser")));
        assertThat(state()).isEqualTo("PROPOSED");
    }

    @Test
    void anotherBrowserOnTheSameNetworkIsLetThroughButFlaggedOnTheDecisionAndToTheAdmins() throws Exception {
        String office = fixtures.address();
        var firstSession = new Browser().login(first, office);
        propose(firstSession, office);

        var otherBrowser = new Browser();
        var secondSession = otherBrowser.login(second, office);
        mvc.perform(post("/cases/" + caseId + "/vetting/decision/review").session(secondSession).with(csrf())
                        .cookie(otherBrowser.device).with(LoginFixtures.from(office)).param("verdict", "confirm").param("reason", ""))
                .andExpect(redirectedUrl("/cases/" + caseId + "/vetting"));
        assertThat(state()).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("select array_to_string(review_flags, ',') from vetting_decisions where case_id = ?::uuid").param(caseId)
                .query(String.class).single()).isEqualTo("SAME_ADDRESS");
        mvc.perform(get("/cases/" + caseId + "/vetting").session(secondSession))
                .andExpect(content().string(containsString("id=\"review-flags\"")))
                // a newcomer in the demo (every signer on one computer) read the flag as a failed sign-off
                .andExpect(content().string(containsString("The decision stands")));
        // the dossier reads the flag with the decision, so that it never states two different analysts as a fact
        var decision = ActingStaff.call(staff.find(second.id()).orElseThrow(),
                () -> records.forCase(cases.read(org.passage.cases.CaseId.parse(caseId), "dossier.export"), java.util.Locale.ENGLISH))
                .orElseThrow().decision().orElseThrow();
        assertThat(decision.signOffFlags()).containsExactly(org.passage.security.SignOffIndependence.Flag.SAME_ADDRESS);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'sign_off.flagged' and organization_id = ?")
                .param(ark).query(Integer.class).single()).isEqualTo(1);

        var admin = fixtures.account(ark, Role.ORG_ADMIN);
        mvc.perform(get("/admin/users").session(fixtures.login(mvc, admin)))
                .andExpect(content().string(containsString("id=\"flagged-sign-offs\"")))
                .andExpect(content().string(containsString(first.username() + " → " + second.username())));
    }

    @Test
    void twoColleaguesInTwoBrowsersOnTwoNetworksSignWithoutAFlag() throws Exception {
        propose(new Browser().login(first, fixtures.address()), fixtures.address());
        var otherBrowser = new Browser();
        String elsewhere = fixtures.address();
        mvc.perform(post("/cases/" + caseId + "/vetting/decision/review").session(otherBrowser.login(second, elsewhere)).with(csrf())
                        .cookie(otherBrowser.device).with(LoginFixtures.from(elsewhere)).param("verdict", "confirm").param("reason", ""))
                .andExpect(redirectedUrl("/cases/" + caseId + "/vetting"));
        assertThat(state()).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("select cardinality(review_flags) from vetting_decisions where case_id = ?::uuid").param(caseId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSecondAccountForTheSameEmailIsRefusedAndNothingIsStored() throws Exception {
        var alice = fixtures.account(ark, Role.ORG_ADMIN);
        var aliceSession = fixtures.login(mvc, alice);
        String mailbox = "ivan.petrov." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").session(aliceSession).with(csrf()).param("username", "ivan.p." + mailbox.substring(12))
                        .param("displayName", "Ivan Petrov").param("identity", mailbox + "@ngo.example").param("roles", "AUDITOR"))
                .andExpect(status().isOk());
        // the same mailbox, spelled otherwise (case, a +tag), for a second account: refused, named at its field
        String second = "ivan.q." + mailbox.substring(12);
        mvc.perform(post("/admin/users").session(aliceSession).with(csrf()).param("username", second).param("displayName", "I. Petrov")
                        .param("identity", " " + mailbox.toUpperCase() + "+analyst@NGO.example").param("roles", "VETTING_ANALYST"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("already holds an account")));
        assertThat(staff.findByUsername(second)).as("nothing half-saved").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'staff.created' and outcome = 'DENIED' and organization_id = ?")
                .param(ark).query(Integer.class).single()).isEqualTo(1);
        // and the database itself refuses it, across organizations
        var foreign = fixtures.account(fixtures.organization("Forest"), Role.CASEWORKER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> identities.record(foreign.id(), StaffIdentity.of(mailbox + "@ngo.example")))
                .isInstanceOf(StaffIdentities.IdentityTaken.class);
    }

    @Test
    void theAnalystRoleGoesOnlyToAnAccountThatNamesItsPersonAndTheApproverSeesWhoAndWhichOtherAccounts() throws Exception {
        var alice = fixtures.account(ark, Role.ORG_ADMIN);
        var bob = fixtures.account(ark, Role.ORG_ADMIN);
        var aliceSession = fixtures.login(mvc, alice);
        var caseworker = fixtures.account(ark, Role.CASEWORKER);
        mvc.perform(post("/admin/users/" + caseworker.id() + "/roles").session(aliceSession).with(csrf())
                        .param("roles", "CASEWORKER", "VETTING_ANALYST"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("before giving it the vetting analyst role")));
        assertThat(jdbc.sql("select count(*) from staff_grants where staff_id = ?").param(caseworker.id()).query(Integer.class).single()).isZero();

        String mail = "olga." + UUID.randomUUID().toString().substring(0, 8) + "@ngo.example";
        mvc.perform(post("/admin/users/" + caseworker.id() + "/identity").session(aliceSession).with(csrf()).param("identity", mail))
                .andExpect(redirectedUrl("/admin/users/" + caseworker.id()));
        // the caseworker once logged in with the browser the analyst "first" uses: the approver is told
        var shared = new Browser();
        shared.login(first, fixtures.address());
        shared.login(caseworker, fixtures.address());
        mvc.perform(post("/admin/users/" + caseworker.id() + "/roles").session(aliceSession).with(csrf())
                        .param("roles", "CASEWORKER", "VETTING_ANALYST"))
                .andExpect(redirectedUrl("/admin/users/" + caseworker.id()));
        String waiting = mvc.perform(get("/admin/users").session(fixtures.login(mvc, bob)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(waiting).contains(mail).contains("linked-accounts").contains(first.username());
    }

    @Test
    void twoCoordinatorAccountsInOneBrowserCannotEraseACaseAndAnotherBrowserOnTheSameNetworkIsFlagged() throws Exception {
        var requester = fixtures.account(ark, Role.COORDINATOR);
        var confirmer = fixtures.account(ark, Role.COORDINATOR);
        String office = fixtures.address();
        var browser = new Browser();
        var requesterSession = browser.login(requester, office);
        mvc.perform(post("/cases/" + caseId + "/retention/erasure").session(requesterSession).with(csrf()).with(LoginFixtures.from(office)))
                .andExpect(status().is3xxRedirection());

        var sameBrowserSession = browser.login(confirmer, office);
        mvc.perform(post("/cases/" + caseId + "/retention/erasure/confirm").session(sameBrowserSession).with(csrf())
                        .cookie(browser.device).with(LoginFixtures.from(office)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("logged in with this browser")));
        mvc.perform(post("/cases/" + caseId + "/retention/erasure/confirm").session(sameBrowserSession).with(csrf())
                        .with(LoginFixtures.from(office)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("cannot recognise this browser")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'case.erasure.confirm' and outcome = 'DENIED' and record_id = ?")
                .param(caseId).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from cases where id = ?::uuid and erased_at is null").param(caseId).query(Integer.class).single())
                .as("the case is still there").isEqualTo(1);

        var ownBrowser = new Browser();
        var ownSession = ownBrowser.login(confirmer, office);
        mvc.perform(post("/cases/" + caseId + "/retention/erasure/confirm").session(ownSession).with(csrf())
                        .cookie(ownBrowser.device).with(LoginFixtures.from(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("passage-deletion-record/v1")));
        assertThat(jdbc.sql("select count(*) from sign_off_flags where organization_id = ? and record_type = 'deletion_record'")
                .param(ark).query(Integer.class).single()).as("same network as the request, and a browser both used: flagged").isEqualTo(1);
    }

    private void propose(MockHttpSession session, String address) throws Exception {
        mvc.perform(post("/cases/" + caseId + "/vetting/runs").session(session).with(csrf()).with(LoginFixtures.from(address)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/vetting/decision").session(session).with(csrf()).with(LoginFixtures.from(address))
                .param("outcome", "NO_CONCERNS").param("rationale", "Nothing found.")).andExpect(status().is3xxRedirection());
    }

    private String state() {
        return jdbc.sql("select state from vetting_decisions where case_id = ?::uuid").param(caseId).query(String.class).single();
    }

    /** One browser: keeps the device mark Passage gives it and sends it with every login. */
    private final class Browser {
        @Nullable Cookie device;

        MockHttpSession login(LoginFixtures.Account account, String address) throws Exception {
            jdbc.sql("update staff_credentials set totp_last_step = 0 where staff_id = ?").param(account.id()).update();
            var password = post("/login").param("username", account.username()).param("password", LoginFixtures.PASSWORD).with(csrf())
                    .with(LoginFixtures.from(address));
            var session = (MockHttpSession) mvc.perform(device == null ? password : password.cookie(device))
                    .andExpect(redirectedUrl("/login/totp")).andReturn().getRequest().getSession();
            var code = post("/login/totp").session(session).param("code", account.code()).with(csrf()).with(LoginFixtures.from(address));
            var response = mvc.perform(device == null ? code : code.cookie(device)).andExpect(redirectedUrl("/")).andReturn().getResponse();
            for (String header : response.getHeaders("Set-Cookie")) {
                if (header.startsWith(DeviceMarks.COOKIE + "=")) {
                    assertThat(header).contains("HttpOnly").contains("Secure").contains("SameSite=Strict").contains("Max-Age=");
                    device = new Cookie(DeviceMarks.COOKIE, header.substring(DeviceMarks.COOKIE.length() + 1, header.indexOf(';')));
                }
            }
            return session;
        }
    }
}
