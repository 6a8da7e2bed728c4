package org.passage.security.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.Username;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts with a known password and TOTP secret, and complete logins through the real login steps. */
class LoginFixtures {

    static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    record Account(UUID id, @Nullable UUID organizationId, String username, byte[] secret) {
        String code() {
            return codeAt(Instant.now());
        }

        String codeAt(Instant time) {
            var app = Totp.AUTHENTICATOR_APP;
            return app.code(secret, app.step(time));
        }
    }

    private final Accounts accounts;
    private final Credentials credentials;
    private final Passwords passwords;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    LoginFixtures(Accounts accounts, Credentials credentials, Passwords passwords, Organizations organizations, JdbcClient jdbc) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.passwords = passwords;
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    UUID organization(String prefix) {
        return organizations.create(prefix + " " + SEQUENCE.incrementAndGet()).id();
    }

    /** An account that has chosen its password and enrolled TOTP already. */
    Account account(@Nullable UUID organizationId, Role... roles) {
        var opened = accounts.open(organizationId, new Username("user" + SEQUENCE.incrementAndGet()), "Display Name",
                EnumSet.copyOf(List.of(roles)));
        var member = opened.member();
        credentials.setPassword(member.id(), passwords.hash(PASSWORD), false);
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        credentials.setTotpSecret(member.id(), member.sealScope(), secret, 0);
        return new Account(member.id(), organizationId, member.username().value(), secret);
    }

    /** A fresh account as an admin creates it: one-time password, no TOTP yet. */
    Accounts.Opened newAccount(UUID organizationId, Role... roles) {
        return accounts.open(organizationId, new Username("new" + SEQUENCE.incrementAndGet()), "New Person",
                EnumSet.copyOf(List.of(roles)));
    }

    /** Logs in through the password and TOTP steps; the account's last used step is reset first so it may log in again. */
    MockHttpSession login(MockMvc mvc, Account account) throws Exception {
        jdbc.sql("update staff_credentials set totp_last_step = 0 where staff_id = ?").param(account.id()).update();
        String address = address();
        var session = (MockHttpSession) mvc.perform(post("/login").param("username", account.username())
                        .param("password", PASSWORD).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/login/totp")).andReturn().getRequest().getSession();
        mvc.perform(post("/login/totp").session(session).param("code", account.code()).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    /** A distinct client address, so that tests do not share the per-IP login limit unless they mean to. */
    String address() {
        int n = SEQUENCE.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, MockHttpSession session) {
        return request.session(session);
    }
}
