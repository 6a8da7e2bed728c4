package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Role;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sessions in PostgreSQL: what a reader of the sessions table learns (nothing usable) and what an altered row does. */
@PassageIntegrationTest
@Import(LoginFixtures.class)
class SessionStoreIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTableHoldsNeitherTheCookieNorTheNameNorAnythingReadable() throws Exception {
        var account = fixtures.account(fixtures.organization("Sessions"), Role.CASEWORKER);
        var session = fixtures.login(mvc, account);
        var answer = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn();
        String cookie = (String) session.getAttribute(org.passage.support.SessionCookies.class.getName() + ".cookie");
        assertThat(cookie).isNotBlank();

        List<String> ids = jdbc.sql("select session_id from spring_session").query(String.class).list();
        assertThat(ids).contains(HashedSessionIds.idOf(cookie)).doesNotContain(cookie);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name is not null").query(Long.class).single()).isZero();
        String primary = jdbc.sql("select primary_id from spring_session where session_id = ?").param(HashedSessionIds.idOf(cookie))
                .query(String.class).single();
        List<byte[]> values = jdbc.sql("select attribute_bytes from spring_session_attributes where session_primary_id = ?")
                .param(primary).query(byte[].class).list();
        assertThat(values).isNotEmpty().allSatisfy(bytes -> {
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(account.username()).doesNotContain("StaffPrincipal");
            assertThat(bytes[0] == (byte) 0xAC && bytes[1] == (byte) 0xED).as("a bare Java serialization stream").isFalse();
        });

        // a reader of the table who presents the id he saw as a cookie is a stranger
        mvc.perform(get("/").cookie(new Cookie("PASSAGE_SESSION", HashedSessionIds.idOf(cookie)))).andExpect(redirectedUrl("/login"));
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndStrict() throws Exception {
        var account = fixtures.account(fixtures.organization("Cookies"), Role.CASEWORKER);
        var first = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                        .param("username", account.username()).param("password", LoginFixtures.PASSWORD)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(LoginFixtures.from(fixtures.address())))
                .andReturn().getResponse();
        String header = first.getHeaders("Set-Cookie").stream().filter(h -> h.startsWith("PASSAGE_SESSION=")).findFirst().orElseThrow();
        assertThat(header).contains("HttpOnly").contains("Secure").contains("SameSite=Strict");
    }

    @Test
    void anAlteredRowEndsTheSessionInsteadOfBeingRead() throws Exception {
        var account = fixtures.account(fixtures.organization("Tamper"), Role.CASEWORKER);
        var session = fixtures.login(mvc, account);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        String cookie = (String) session.getAttribute(org.passage.support.SessionCookies.class.getName() + ".cookie");
        String primary = jdbc.sql("select primary_id from spring_session where session_id = ?").param(HashedSessionIds.idOf(cookie))
                .query(String.class).single();
        int altered = jdbc.sql("""
                update spring_session_attributes set attribute_bytes = overlay(attribute_bytes placing '\\x00'::bytea from 20 for 1)
                where session_primary_id = ?""").param(primary).update();
        assertThat(altered).isPositive();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }
}
