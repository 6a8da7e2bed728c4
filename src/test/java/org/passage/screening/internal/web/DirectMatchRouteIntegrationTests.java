package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.security.ApiKeys;
import org.passage.support.ActingStaff;
import org.passage.support.PassageIntegrationTest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The direct way of {@code POST /api/match/{dataset}} with an API key ({@link DirectMatchRoute}) answers exactly what the
 * ordinary way (the security chain, the dispatcher and {@link MatchApi}) answers: the same status, headers (the security
 * headers included) and bytes; it audits once with the key as the actor; and everything it does not take, or would
 * refuse, goes the ordinary way with its body intact. Which way a request went shows in MockMvc's result: the direct
 * way never reaches the dispatcher, so no handler is recorded.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectMatchRouteIntegrationTests {

    private static final String LIST = "direct-sanctions";
    private static final String QUERY = "{\"queries\": {\"a\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Chtcherbakov Alexandre\"]}},"
            + " \"b\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Nobody Inparticular\"]}}}}";

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

    private String key;
    private UUID keyId;

    @BeforeAll
    void setUp() throws Exception {
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v1.ftm.json");
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Direct route");
        var issued = keys.create(org, staff.member(org, Role.ORG_ADMIN).id(), "direct route", 30);
        key = issued.secret();
        keyId = issued.id();
    }

    private MvcResult match(String pathAndQuery, String body) throws Exception {
        return mvc.perform(post(pathAndQuery).header("Authorization", "ApiKey " + key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
    }

    private static boolean direct(MvcResult result) {
        return result.getHandler() == null;
    }

    /** The headers of a response, but those that differ by how the body was sent. */
    private static Map<String, Object> headers(MockHttpServletResponse response) {
        Map<String, Object> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : response.getHeaderNames()) {
            if (!name.equalsIgnoreCase("Content-Length")) {
                headers.put(name, response.getHeaders(name));
            }
        }
        return headers;
    }

    @Test
    void aPlainRequestGoesDirectAndGetsTheOrdinaryWaysAnswerByteForByte() throws Exception {
        // "topics=" filters nothing (an empty list), but the direct way does not read it: that request goes the ordinary way
        for (String parameters : new String[] {"", "threshold=0.5&limit=3", "algorithm=best&cutoff=0.6"}) {
            String sep = parameters.isEmpty() ? "?" : "?" + parameters + "&";
            MvcResult fast = match("/api/match/" + LIST + (parameters.isEmpty() ? "" : "?" + parameters), QUERY);
            MvcResult ordinary = match("/api/match/" + LIST + sep + "topics=", QUERY);
            assertThat(direct(fast)).as("direct: %s", parameters).isTrue();
            assertThat(direct(ordinary)).isFalse();
            assertThat(fast.getResponse().getStatus()).isEqualTo(200).isEqualTo(ordinary.getResponse().getStatus());
            assertThat(fast.getResponse().getContentAsString()).contains("test-shcherbakov")
                    .isEqualTo(ordinary.getResponse().getContentAsString());
            assertThat(headers(fast.getResponse())).isEqualTo(headers(ordinary.getResponse()));
            assertThat(fast.getResponse().getHeader("Content-Security-Policy")).isEqualTo(SecurityHeadersExpected.CSP);
            assertThat(fast.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(fast.getResponse().getHeader("x-batch-size")).isEqualTo("2");
            assertThat(fast.getResponse().getContentLength()).isEqualTo(fast.getResponse().getContentAsByteArray().length);
        }
    }

    @Test
    void eachDirectRequestIsAuditedOnceWithTheKeyAsTheActor() throws Exception {
        int before = events();
        for (int i = 0; i < 3; i++) {
            assertThat(direct(match("/api/match/" + LIST, QUERY))).isTrue();
        }
        assertThat(events() - before).isEqualTo(3);
        assertThat(jdbc.sql("select detail from audit_event where actor = ? order by sequence desc limit 1").param(keyId.toString())
                .query(String.class).single()).isEqualTo("2 queries");
    }

    private int events() {
        return jdbc.sql("select count(*) from audit_event where action = 'screening.match' and actor = ?").param(keyId.toString())
                .query(Integer.class).single();
    }

    @Test
    void whatItWouldRefuseGoesTheOrdinaryWayWithItsBodyIntact() throws Exception {
        String weights = "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivan Petrov\"]}}}, \"weights\": {\"name\": 2}}";
        Map<String, String[]> cases = Map.of(
                "/api/match/" + LIST + "|{\"queries\": ", "422|body",
                "/api/match/" + LIST + "|" + weights, "400|Invalid weights: the passage algorithm takes no feature weights (name)",
                "/api/match/no-such-list|" + QUERY, "404|Unknown dataset",
                "/api/match/" + LIST + "?limit=999|" + QUERY, "422|limit",
                "/api/match/" + LIST + "?algorithm=logic-v2|" + QUERY, "400|Invalid algorithm: logic-v2",
                "/api/match/" + LIST + "?threshold=abc|" + QUERY, "422|threshold").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().split("\\|")));
        for (var c : cases.entrySet()) {
            String[] request = c.getKey().split("\\|", 2);
            MvcResult result = match(request[0], request[1]);
            assertThat(direct(result)).as(request[0]).isFalse();
            assertThat(result.getResponse().getStatus()).as(request[0]).isEqualTo(Integer.parseInt(c.getValue()[0]));
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(result.getResponse().getContentAsString()).as(request[0]).contains(c.getValue()[1]);
        }
    }

    @Test
    void anUnknownKeyOrAnotherSchemeIsRefusedTheOrdinaryWayAndAudited() throws Exception {
        int refused = jdbc.sql("select count(*) from audit_event where action = 'api-key.refused'").query(Integer.class).single();
        for (String authorization : new String[] {"ApiKey psg_" + "B".repeat(43), "Basic dXNlcjpwYXNz"}) {
            MvcResult result = mvc.perform(post("/api/match/" + LIST).header("Authorization", authorization)
                    .contentType(MediaType.APPLICATION_JSON).content(QUERY)).andReturn();
            assertThat(result.getResponse().getStatus()).as(authorization).isIn(401, 403);
            assertThat(result.getResponse().getHeader("Content-Security-Policy")).isNotBlank();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'api-key.refused'").query(Integer.class).single())
                .isEqualTo(refused + 1);
    }

    @Test
    void aSessionUsersRequestIsNotTakenEvenOnTheSamePath() throws Exception {
        var staff = new ActingStaff(organizations, directory, jdbc);
        var caseworker = staff.member(staff.organization("Direct route, session"), Role.CASEWORKER);
        MvcResult result = mvc.perform(post("/api/match/" + LIST).with(ActingStaff.as(caseworker))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON).content(QUERY)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(direct(result)).isFalse();
    }

    /** What SecurityConfiguration sets, written out here so that a change to either way shows. */
    private static final class SecurityHeadersExpected {
        static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    }
}
