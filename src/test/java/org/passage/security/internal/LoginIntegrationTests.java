package org.passage.security.internal;

import org.passage.web.SecurityHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.passage.security.internal.LoginFixtures.PASSWORD;
import static org.passage.security.internal.LoginFixtures.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Role;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The login on the real PostgreSQL: password, one-time password change, TOTP enrolment and codes, lockout, limits. */
@PassageIntegrationTest
@Import(LoginFixtures.class)
class LoginIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordStep passwordStep;
    @Autowired
    RateLimiter limiter;

    UUID ark;

    @BeforeEach
    void organization() {
        ark = fixtures.organization("Ark");
    }

    @Test
    void firstLoginChangesTheOneTimePasswordThenEnrolsTotpThenShowsTheDashboard() throws Exception {
        var opened = fixtures.newAccount(ark, Role.CASEWORKER);
        String address = fixtures.address();
        var session = (MockHttpSession) mvc.perform(post("/login").param("username", opened.member().username().value())
                        .param("password", opened.oneTimePassword()).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/login/password")).andReturn().getRequest().getSession();

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login/password"));
        mvc.perform(post("/login/password").session(session).with(csrf())
                        .param("password", "too short").param("confirmation", "too short"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("12 to 128")));
        mvc.perform(post("/login/password").session(session).with(csrf())
                        .param("password", "my own long passphrase").param("confirmation", "my own long passphrase"))
                .andExpect(redirectedUrl("/login/totp/enrol"));

        String page = mvc.perform(get("/login/totp/enrol").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data:image/svg+xml;base64,");
        var matcher = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7]+)<").matcher(page);
        assertThat(matcher.find()).isTrue();
        byte[] secret = Base32.decode(matcher.group(1));

        mvc.perform(post("/login/totp/enrol").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk());
        var app = Totp.AUTHENTICATOR_APP;
        mvc.perform(post("/login/totp/enrol").session(session).with(csrf())
                        .param("code", app.code(secret, app.step(Instant.now()))))
                .andExpect(redirectedUrl("/"));
        assertThat(audited("password.changed", opened.member().id())).isEqualTo(1);
        assertThat(audited("totp.enrolled", opened.member().id())).isEqualTo(1);
        assertThat(audited("login.success", opened.member().id())).isEqualTo(1);
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("New Person")));

        // the one-time password is spent; the new one works
        mvc.perform(post("/login").param("username", opened.member().username().value())
                        .param("password", opened.oneTimePassword()).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", opened.member().username().value())
                        .param("password", "my own long passphrase").with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/login/totp"));
        assertThat(jdbc.sql("select totp_secret is not null from staff_credentials where staff_id = ?")
                .param(opened.member().id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aWrongPasswordOrUnknownUserGetsTheSameRefusalAndNoSession() throws Exception {
        var account = fixtures.account(ark, Role.CASEWORKER);
        String address = fixtures.address();
        var wrong = mvc.perform(post("/login").param("username", account.username()).param("password", "wrong password!")
                .with(csrf()).with(from(address))).andExpect(redirectedUrl("/login?error")).andReturn();
        mvc.perform(post("/login").param("username", "nobody.here").param("password", "whatever it is")
                .with(csrf()).with(from(address))).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/").session((MockHttpSession) wrong.getRequest().getSession()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login?error")).andExpect(content().string(org.hamcrest.Matchers.containsString("password is wrong")));
    }

    @Test
    void thePasswordAloneReachesNothingButTheCodePage() throws Exception {
        var account = fixtures.account(ark, Role.ORG_ADMIN);
        var session = (MockHttpSession) mvc.perform(post("/login").param("username", account.username())
                        .param("password", PASSWORD).with(csrf()).with(from(fixtures.address())))
                .andExpect(redirectedUrl("/login/totp")).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login/totp"));
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login/totp"));
        mvc.perform(get("/login/totp/enrol").session(session)).andExpect(redirectedUrl("/login/totp"));
    }

    @Test
    void wrongPasswordsFromOneAddressNeverLockTheMemberOutFromAnother() throws Exception {
        var account = fixtures.account(ark, Role.CASEWORKER);
        String attacker = fixtures.address();
        for (int i = 0; i < LoginLimits.LOGIN_PER_ACCOUNT_FROM_IP.attempts(); i++) {
            mvc.perform(post("/login").param("username", account.username()).param("password", "wrong password " + i)
                    .with(csrf()).with(from(attacker))).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(audited("login.failed", account.id())).isEqualTo(LoginLimits.LOGIN_PER_ACCOUNT_FROM_IP.attempts());
        mvc.perform(post("/login").param("username", account.username()).param("password", PASSWORD)
                .with(csrf()).with(from(attacker))).andExpect(redirectedUrl("/login?throttled"));
        assertThat(lockedUntil(account.id())).as("the account row is not locked by passwords").isEqualTo(Instant.EPOCH);

        mvc.perform(post("/login").param("username", account.username()).param("password", PASSWORD)
                .with(csrf()).with(from(fixtures.address()))).andExpect(redirectedUrl("/login/totp"));
    }

    @Test
    void aFloodOfInventedUsernamesFromOneAddressLeavesOthersAbleToLogInAndWritesOneThrottledRow() throws Exception {
        var account = fixtures.account(ark, Role.CASEWORKER);
        String flooder = fixtures.address();
        int throttledBefore = audited("login.throttled");
        int failedBefore = audited("login.failed");
        int before = limiter.size();
        for (int i = 0; i < RateLimiter.MAX_KEYS + 1_000; i++) {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated("invented" + i, "wrong");
            attempt.setDetails(new WebAuthenticationDetails(flooder, null));
            try {
                passwordStep.authenticate(attempt);
            } catch (AuthenticationException refused) {
                // every one refused
            }
        }
        assertThat(limiter.size() - before).as("nothing counted per username once the address is refused")
                .isLessThanOrEqualTo(1 + LoginLimits.LOGIN_PER_IP.attempts());
        assertThat(audited("login.throttled") - throttledBefore).as("one aggregate row for the address").isEqualTo(1);
        assertThat(audited("login.failed") - failedBefore).isEqualTo(LoginLimits.LOGIN_PER_IP.attempts());

        var session = (MockHttpSession) mvc.perform(post("/login").param("username", account.username())
                        .param("password", PASSWORD).with(csrf()).with(from(fixtures.address())))
                .andExpect(redirectedUrl("/login/totp")).andReturn().getRequest().getSession();
        mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", account.code()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongTotpCodesCountTowardsTheLockout() throws Exception {
        var account = fixtures.account(ark, Role.CASEWORKER);
        var session = (MockHttpSession) mvc.perform(post("/login").param("username", account.username())
                        .param("password", PASSWORD).with(csrf()).with(from(fixtures.address())))
                .andReturn().getRequest().getSession();
        String wrong = account.code().equals("123456") ? "654321" : "123456";
        for (int i = 0; i < LoginLimits.LOCKOUT.attempts() - 1; i++) {
            mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", wrong)).andExpect(status().isOk());
        }
        mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", wrong)).andExpect(redirectedUrl("/login?error"));
        assertThat(lockedUntil(account.id())).isAfter(Instant.now());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aTotpCodeIsAcceptedOnlyOnce() throws Exception {
        var account = fixtures.account(ark, Role.CASEWORKER);
        String code = account.code();
        for (int attempt = 0; attempt < 2; attempt++) {
            var session = (MockHttpSession) mvc.perform(post("/login").param("username", account.username())
                            .param("password", PASSWORD).with(csrf()).with(from(fixtures.address())))
                    .andReturn().getRequest().getSession();
            var result = mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", code));
            if (attempt == 0) {
                result.andExpect(redirectedUrl("/"));
            } else {
                result.andExpect(status().isOk())
                        .andExpect(content().string(org.hamcrest.Matchers.containsString("used already")));
                mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login/totp"));
                assertThat(audited("totp.replayed", account.id())).isEqualTo(1);
            }
        }
    }

    @Test
    void limitsLoginAttemptsPerAddressAndPerAccount() throws Exception {
        String address = fixtures.address();
        for (int i = 0; i < LoginLimits.LOGIN_PER_IP.attempts(); i++) {
            mvc.perform(post("/login").param("username", "nobody" + i).param("password", "wrong")
                    .with(csrf()).with(from(address))).andExpect(redirectedUrl("/login?error"));
        }
        var account = fixtures.account(ark, Role.CASEWORKER);
        mvc.perform(post("/login").param("username", account.username()).param("password", PASSWORD)
                .with(csrf()).with(from(address))).andExpect(redirectedUrl("/login?throttled"));

        String target = "someone.else";
        String other = fixtures.address();
        for (int i = 0; i < LoginLimits.LOGIN_PER_ACCOUNT_FROM_IP.attempts(); i++) {
            mvc.perform(post("/login").param("username", target).param("password", "wrong")
                    .with(csrf()).with(from(other))).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", target).param("password", "wrong")
                .with(csrf()).with(from(other))).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(post("/login").param("username", target).param("password", "wrong")
                .with(csrf()).with(from(fixtures.address()))).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aForgedCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        var admin = fixtures.account(ark, Role.ORG_ADMIN);
        var session = fixtures.login(mvc, admin);
        int before = staffCount();
        int deniedBefore = csrfDenials();
        mvc.perform(post("/admin/users").session(session).with(csrf().useInvalidToken())
                        .param("username", "forged.user").param("displayName", "Forged").param("roles", "CASEWORKER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").session(session)
                        .param("username", "forged.user").param("displayName", "Forged").param("roles", "CASEWORKER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", admin.username()).param("password", PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(staffCount()).isEqualTo(before);
        assertThat(csrfDenials() - deniedBefore).isEqualTo(3);
    }

    /** A form sent after the session ended is refused as before, and the page is told to say so, not "access denied". */
    @Test
    void aFormSentAfterTheSessionEndedIsExplainedAsAnEndedSession() throws Exception {
        var admin = fixtures.account(ark, Role.ORG_ADMIN);
        var session = fixtures.login(mvc, admin);
        mvc.perform(post("/admin/users").session(session).with(csrf().useInvalidToken()).param("username", "late.user"))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().attribute(DeniedRequests.REASON, "csrf"));
        session.invalidate();
        mvc.perform(post("/cases").with(csrf().useInvalidToken()).param("name", "Тестов Тест"))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().attribute(DeniedRequests.REASON, "session-ended"));
    }

    @Test
    void logOutEverywhereEndsEveryOtherSessionAtOnce() throws Exception {
        var account = fixtures.account(ark, Role.CASEWORKER);
        var laptop = fixtures.login(mvc, account);
        var phone = fixtures.login(mvc, account);
        mvc.perform(get("/").session(phone)).andExpect(status().isOk());

        mvc.perform(post("/account/sessions/end").session(laptop).with(csrf())).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/").session(phone)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/").session(laptop)).andExpect(redirectedUrl("/login?expired"));
        var again = fixtures.login(mvc, account);
        mvc.perform(get("/").session(again)).andExpect(status().isOk());
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsTheOtherSessions() throws Exception {
        var account = fixtures.account(ark, Role.COORDINATOR);
        var here = fixtures.login(mvc, account);
        var elsewhere = fixtures.login(mvc, account);
        mvc.perform(post("/account/password").session(here).with(csrf()).param("current", "not my password")
                        .param("password", "a brand new passphrase").param("confirmation", "a brand new passphrase"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/").session(elsewhere)).andExpect(status().isOk());

        mvc.perform(post("/account/password").session(here).with(csrf()).param("current", PASSWORD)
                        .param("password", "a brand new passphrase").param("confirmation", "a brand new passphrase"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/").session(here)).andExpect(status().isOk());
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login").param("username", account.username()).param("password", "a brand new passphrase")
                .with(csrf()).with(from(fixtures.address()))).andExpect(redirectedUrl("/login/totp"));
        assertThat(audited("password.changed", account.id())).isEqualTo(1);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        var session = fixtures.login(mvc, fixtures.account(ark, Role.LAWYER));
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        var session = fixtures.login(mvc, fixtures.account(ark, Role.CASEWORKER));
        for (var request : java.util.List.of(get("/login"), get("/").session(session), get("/css/passage.css"))) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY))
                    .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        }
        mvc.perform(get("/").session(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;:")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("includeIndicatorStyles")));
    }

    private Instant lockedUntil(UUID staffId) {
        return jdbc.sql("select locked_until from staff_credentials where staff_id = ?").param(staffId)
                .query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(Instant.EPOCH);
    }

    private int audited(String action) {
        return jdbc.sql("select count(*) from audit_event where action = ?").param(action).query(Integer.class).single();
    }

    private int audited(String action, UUID staffId) {
        return jdbc.sql("select count(*) from audit_event where action = ? and record_id = ?")
                .params(action, staffId.toString()).query(Integer.class).single();
    }

    private int csrfDenials() {
        return jdbc.sql("select count(*) from audit_event where action = 'access.denied' and detail like 'csrf token rejected%'")
                .query(Integer.class).single();
    }

    private int staffCount() {
        return jdbc.sql("select count(*) from staff").query(Integer.class).single();
    }
}
