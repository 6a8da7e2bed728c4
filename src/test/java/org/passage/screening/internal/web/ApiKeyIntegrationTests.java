package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.security.ApiKeys;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * API keys for yente clients, end to end on PostgreSQL: an org admin makes a key on the page (shown once), a
 * script sends it as yente clients do ({@code Authorization: ApiKey …}, or Bearer) to match and search without a
 * session or CSRF token; revoked, expired and unknown keys get a 401 problem; the key opens nothing else and never
 * reaches the log or the audit trail.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ApiKeyIntegrationTests {

    private static final String LIST = "api-key-sanctions";
    private static final String QUERY = "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Chtcherbakov Alexandre\"]}}}}";
    private static final Pattern SHOWN_KEY = Pattern.compile("id=\"api-key\"[^>]*>(psg_[A-Za-z0-9_-]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    Watchlists watchlists;
    @Autowired
    ScreeningWork work;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiKeys keys;

    private UUID orgA;
    private StaffMember adminA;
    private StaffMember adminB;
    private StaffMember caseworkerA;

    @BeforeAll
    void setUp() throws Exception {
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v1.ftm.json");
        var staff = new ActingStaff(organizations, directory, jdbc);
        orgA = staff.organization("API keys A");
        adminA = staff.member(orgA, Role.ORG_ADMIN);
        caseworkerA = staff.member(orgA, Role.CASEWORKER);
        adminB = staff.member(staff.organization("API keys B"), Role.ORG_ADMIN);
    }

    /** Makes a key on the admin page and reads it off the page, as an admin would copy it. */
    private String createKey(StaffMember admin, String name) throws Exception {
        var page = mvc.perform(post("/admin/api-keys").with(csrf()).with(ActingStaff.as(admin)).param("name", name).param("days", "30"))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        var shown = SHOWN_KEY.matcher(page.getContentAsString());
        assertThat(shown.find()).as("the new key is shown once on the page").isTrue();
        return shown.group(1);
    }

    private UUID keyId(String name) {
        return jdbc.sql("select id from api_keys where name = ?").param(name).query(UUID.class).single();
    }

    private MockHttpServletResponse match(String authorization) throws Exception {
        return mvc.perform(post("/api/match/" + LIST).header("Authorization", authorization).contentType(MediaType.APPLICATION_JSON)
                .content(QUERY)).andReturn().getResponse();
    }

    @Test
    void aRequestWithNoKeyIsToldHowToSendOneNotAboutCsrf() throws Exception {
        // a client's developer who forgot the header was answered 403 "The CSRF token is missing or invalid."
        var posted = mvc.perform(post("/api/match/" + LIST).contentType(MediaType.APPLICATION_JSON).content(QUERY)).andReturn().getResponse();
        assertThat(posted.getStatus()).isEqualTo(401);
        assertThat(posted.getContentType()).startsWith("application/problem+json");
        assertThat(posted.getContentAsString()).contains("No credentials", "Authorization: ApiKey ").doesNotContain("CSRF token is missing");
        var searched = mvc.perform(get("/api/search").param("q", "Shcherbakov")).andReturn().getResponse();
        assertThat(searched.getStatus()).isEqualTo(401);
        assertThat(searched.getContentAsString()).contains("No credentials", "Authorization: ApiKey ");
    }

    @Test
    void aKeyScreensWithoutSessionOrCsrfAsYenteClientsSendIt() throws Exception {
        String key = createKey(adminA, "nightly script");
        var matched = match("ApiKey " + key);
        assertThat(matched.getStatus()).isEqualTo(200);
        assertThat(matched.getContentAsString()).contains("test-shcherbakov");
        var searched = mvc.perform(get("/api/search").param("q", "Shcherbakov Aleksandr").header("Authorization", "Bearer " + key))
                .andReturn().getResponse();
        assertThat(searched.getStatus()).isEqualTo(200);
        assertThat(searched.getContentAsString()).contains("test-shcherbakov");
        assertThat(mvc.perform(get("/api/openapi.yaml").header("Authorization", "apikey " + key)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(jdbc.sql("select last_used_at is not null from api_keys where id = ?").param(keyId("nightly script")).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void revokedExpiredUnknownAndMalformedKeysGetA401Problem() throws Exception {
        String revoked = createKey(adminA, "to revoke");
        assertThat(match("ApiKey " + revoked).getStatus()).isEqualTo(200);
        var revoke = mvc.perform(post("/admin/api-keys/{id}/revoke", keyId("to revoke")).with(csrf()).with(ActingStaff.as(adminA)))
                .andReturn().getResponse();
        assertThat(revoke.getStatus()).isEqualTo(302);
        String expired = createKey(adminA, "to expire");
        jdbc.sql("update api_keys set created_at = now() - interval '40 days', expires_at = now() - interval '10 days' where id = ?")
                .param(keyId("to expire")).update();
        for (String authorization : new String[] {"ApiKey " + revoked, "ApiKey " + expired, "ApiKey psg_" + "A".repeat(43), "ApiKey ",
                "Basic dXNlcjpwYXNz"}) {
            var response = match(authorization);
            assertThat(response.getStatus()).as(authorization.split(" ")[0]).isEqualTo(401);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"status\":401");
        }
        // and without any credentials at all, as before
        assertThat(mvc.perform(post("/api/match/" + LIST).contentType(MediaType.APPLICATION_JSON).content(QUERY)).andReturn().getResponse()
                .getStatus()).isIn(401, 403);
    }

    @Test
    void aRevokedKeyIsRefusedOnTheVeryNextRequestEvenWithItsLookUpCached() throws Exception {
        String key = createKey(adminA, "revoked at once");
        for (int i = 0; i < 3; i++) {
            assertThat(match("ApiKey " + key).getStatus()).as("request %d, the key's look-up cached after the first", i).isEqualTo(200);
        }
        assertThat(keys.revoke(orgA, keyId("revoked at once"))).isTrue();
        assertThat(match("ApiKey " + key).getStatus()).isEqualTo(401);
        assertThat(match("Bearer " + key).getStatus()).isEqualTo(401);
    }

    @Test
    void aKeysRequestNeitherReadsNorMakesASession() throws Exception {
        String key = createKey(adminA, "stateless");
        var cookie = mvc.perform(get("/login")).andReturn().getResponse().getCookie("PASSAGE_SESSION");
        assertThat(cookie).as("the login page starts a session (kept in PostgreSQL)").isNotNull();
        String before = sessions();
        var withCookie = mvc.perform(post("/api/match/" + LIST).header("Authorization", "ApiKey " + key).cookie(cookie)
                .contentType(MediaType.APPLICATION_JSON).content(QUERY)).andReturn().getResponse();
        var withoutCookie = match("ApiKey " + key);
        for (var response : new MockHttpServletResponse[] {withCookie, withoutCookie}) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getCookies()).isEmpty();
            assertThat(response.getHeaders("Set-Cookie")).isEmpty();
            assertThat(response.getHeader("Content-Security-Policy")).as("the security headers, as on every response").isNotBlank();
        }
        assertThat(sessions()).as("no session row read (its last access would move), made or changed").isEqualTo(before);
    }

    /** The session rows and when each was last used. */
    private String sessions() {
        return jdbc.sql("select count(*) || ':' || coalesce(sum(last_access_time), 0) || ':' || coalesce(sum(expiry_time), 0) from spring_session")
                .query(String.class).single();
    }

    @Test
    void aKeyOpensNothingButTheScreeningApi() throws Exception {
        String key = createKey(adminA, "narrow");
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {get("/api/cases"), get("/api/screening/status"),
                get("/cases"), get("/admin/api-keys"), get("/screening/alerts"), post("/admin/api-keys").param("name", "x")}) {
            int status = mvc.perform(request.header("Authorization", "ApiKey " + key)).andReturn().getResponse().getStatus();
            assertThat(status).as(request.toString()).isIn(302, 401, 403);
        }
    }

    @Test
    void anAdminSeesAndRevokesOnlyTheirOrganizationsKeys() throws Exception {
        String key = createKey(adminA, "org A only");
        UUID id = keyId("org A only");
        assertThat(mvc.perform(get("/admin/api-keys").with(ActingStaff.as(adminB))).andReturn().getResponse().getContentAsString())
                .doesNotContain("org A only");
        assertThat(mvc.perform(get("/admin/api-keys").with(ActingStaff.as(adminA))).andReturn().getResponse().getContentAsString())
                .contains("org A only").doesNotContain(key);
        mvc.perform(post("/admin/api-keys/{id}/revoke", id).with(csrf()).with(ActingStaff.as(adminB)));
        assertThat(match("ApiKey " + key).getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/admin/api-keys").with(ActingStaff.as(caseworkerA))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void everyUseIsAuditedByKeyIdAndTheKeyIsNeverLoggedOrStored(CapturedOutput output) throws Exception {
        String key = createKey(adminA, "audited");
        match("ApiKey " + key);
        match("ApiKey " + key + "x");
        String id = keyId("audited").toString();
        // one event per request: the endpoint's, by the key
        assertThat(jdbc.sql("select count(*) from audit_event where actor = ?").param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'screening.match' and actor = ? and organization_id = ?")
                .params(id, orgA).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where detail like ? or record_id like ? or actor like ?")
                .params("%" + key + "%", "%" + key + "%", "%" + key + "%").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from api_keys where encode(key_hash, 'escape') like ?").param("%" + key.substring(4, 20) + "%")
                .query(Integer.class).single()).isZero();
        assertThat(output.getAll()).doesNotContain(key.substring(4));
    }
}
