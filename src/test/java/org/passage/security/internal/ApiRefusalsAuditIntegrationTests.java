package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.organizations.Organizations;
import org.passage.security.ApiKeys;
import org.passage.support.PassageIntegrationTest;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API's 429s that the audit missed (session 18 left them): past a key's request limit and past an address's wrong-key
 * limit, the refusal was answered and left no line, where the screening allowance's 429 is {@code screening.refused}. Both
 * are audited the same way now — the status, the limit and the route's pattern, never the key or what was sent; the
 * wrong-key one once a window, as nobody is accountable for it. And an organization's keys share its allowance.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiRefusalsAuditIntegrationTests {

    private static final String ONE_QUERY = "{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivan Petrov\"]}}}}";

    @Autowired
    MockMvc mvc;
    @Autowired
    RateLimiter limiter;
    @Autowired
    ApiKeys keys;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Watchlists watchlists;

    @BeforeAll
    void index() throws Exception {
        watchlists.importVersion(new ImportRequest("refusals-sanctions", ImportFormat.FTM,
                Path.of(getClass().getResource("/org/passage/screening/web/sanctions-v1.ftm.json").toURI()), null), ImportProgress.NONE);
        String probe = key(organizations.create("Refusals probe " + UUID.randomUUID()).id(), "probe").secret();
        long until = System.nanoTime() + 120_000_000_000L;
        while (!answered(probe) && System.nanoTime() < until) {
            Thread.sleep(200);
        }
    }

    /** Whether the list is in the live index (a request during the index's swap may meet a closed reader: not yet). */
    private boolean answered(String key) {
        try {
            return send(match("refusals-sanctions").header("Authorization", "ApiKey " + key)).getStatus() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private ApiKeys.Issued key(UUID org, String name) {
        return keys.create(org, null, name, 1);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder match(String dataset) {
        return post("/api/match/" + dataset).contentType(MediaType.APPLICATION_JSON).content(ONE_QUERY);
    }

    private java.util.List<String> refusals(String actor) {
        return jdbc.sql("select outcome || ' ' || detail from audit_event where action = 'screening.refused' and actor = ? order by sequence")
                .param(actor).query(String.class).list();
    }

    @Test
    void aKeyPastItsRequestLimitIsRefusedAndAuditedWithoutTheKeyOrWhatWasSent() throws Exception {
        var org = organizations.create("Refusals busy " + UUID.randomUUID());
        var issued = key(org.id(), "busy");
        limiter.acquire(LoginLimits.API_KEY_REQUESTS, issued.id().toString(), LoginLimits.API_KEY_REQUESTS.attempts());

        var search = send(get("/api/search/Ivanov_Ivan_1972").param("q", "Zyxwvutova").header("Authorization", "ApiKey " + issued.secret()));
        assertThat(search.getStatus()).isEqualTo(429);
        assertThat(search.getHeader("Retry-After")).isEqualTo("60");
        assertThat(search.getContentType()).startsWith("application/problem+json");
        // a match the direct route would answer goes the ordinary way past the limit, refused and audited there
        assertThat(send(match("Petrova_Anna").header("Authorization", "Bearer " + issued.secret())).getStatus()).isEqualTo(429);

        assertThat(refusals(issued.id().toString())).containsExactly("DENIED 429 requests: GET /api/search/{dataset}",
                "DENIED 429 requests: POST /api/match/{dataset}");
        assertThat(jdbc.sql("select organization_id from audit_event where action = 'screening.refused' and actor = ?")
                .param(issued.id().toString()).query(UUID.class).list()).containsOnly(org.id());
        assertThat(jdbc.sql("select count(*) from audit_event where detail like ? or detail like '%Ivanov_Ivan%' or detail like '%Petrova%' "
                + "or detail like '%Zyxwvutova%'").param("%" + issued.secret().substring(4, 20) + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void wrongKeysPastTheAddressLimitAreAuditedOnceAWindow() throws Exception {
        String address = "203.0.113.77";
        limiter.acquire(LoginLimits.API_KEY_FAILURES_PER_IP, ClientAddress.of(address), LoginLimits.API_KEY_FAILURES_PER_IP.attempts());
        int before = jdbc.sql("select count(*) from audit_event where action = 'screening.refused' and detail like '429 wrong keys%'")
                .query(Integer.class).single();
        String wrong = "psg_" + "Q".repeat(43);
        for (int i = 0; i < 3; i++) {
            var refused = send(match("Sidorov_Petr").header("Authorization", "ApiKey " + wrong).with(r -> {
                r.setRemoteAddr(address);
                return r;
            }));
            assertThat(refused.getStatus()).isEqualTo(429);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
        }
        var lines = jdbc.sql("select outcome || ' ' || detail from audit_event where action = 'screening.refused' and detail like '429 wrong keys%' "
                + "order by sequence").query(String.class).list();
        assertThat(lines).hasSize(before + 1);
        assertThat(lines.getLast()).isEqualTo("DENIED 429 wrong keys from this address (the next refusals of these 10 minutes are not audited): "
                + "POST /api/match/{dataset}");
        assertThat(jdbc.sql("select count(*) from audit_event where detail like '%QQQQQQQQ%' or detail like '%Sidorov%'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void anOrganizationsKeysShareItsAllowanceAndEachStillHasItsOwn() throws Exception {
        var org = organizations.create("Refusals ten keys " + UUID.randomUUID());
        var first = key(org.id(), "first");
        var second = key(org.id(), "second");
        // the organization's other keys spent its minute (an org admin makes as many keys as he likes)
        limiter.acquire(LoginLimits.SCREENING_UNITS_PER_ORGANIZATION, org.id().toString(), LoginLimits.SCREENING_UNITS_PER_ORGANIZATION.attempts());
        var refused = send(match("refusals-sanctions").header("Authorization", "ApiKey " + first.secret()));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("its organization");
        assertThat(send(get("/api/search/refusals-sanctions").param("q", "Ivan Petrov").header("Authorization", "ApiKey " + second.secret())).getStatus())
                .isEqualTo(429);
        assertThat(refusals(first.id().toString())).containsExactly("DENIED 429: POST /api/match/{dataset}");
        // refused by its organization, the key spent nothing of its own
        assertThat(limiter.refused(LoginLimits.SCREENING_UNITS, first.id().toString())).isFalse();

        var elsewhere = key(organizations.create("Refusals elsewhere " + UUID.randomUUID()).id(), "elsewhere");
        assertThat(send(match("refusals-sanctions").header("Authorization", "ApiKey " + elsewhere.secret())).getStatus())
                .as("another organization's key").isEqualTo(200);
    }
}
