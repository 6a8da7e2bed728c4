package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A state with its own organization's API key, or a stolen caseworker session, against the screening API (red27): a
 * request that asks for more than a request may is refused at once; batches spend the caller's allowance by their size,
 * not as one request each, and a session's API requests are counted too; every refusal is audited without what was sent;
 * wrong keys from one IPv6 /64 are counted together.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningAllowanceIntegrationTests {

    private static final String LIST = "allowance-sanctions";

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

    private UUID org;
    private ActingStaff staff;

    @BeforeAll
    void setUp() throws Exception {
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v1.ftm.json");
        staff = new ActingStaff(organizations, directory, jdbc);
        org = staff.organization("Allowance");
    }

    private String key(String name) {
        return keys.create(org, null, name, 1).secret();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder match(String body, String query) {
        return post("/api/match/" + LIST + query).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aRequestAskingForMoreThanARequestMayIsRefusedFastAndAudited() throws Exception {
        String key = key("too much at once");
        long started = System.nanoTime();
        var refused = send(match(ScreeningUnitsTests.batch(100, 50), "?limit=500").header("Authorization", "ApiKey " + key));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"field\":\"queries\"", "13000 units");
        assertThat(millis).as("refused before anything is screened").isLessThan(1_000);
        String id = keys.list(org).stream().filter(k -> k.name().equals("too much at once")).findFirst().orElseThrow().id().toString();
        assertThat(jdbc.sql("select outcome || ' ' || detail from audit_event where action = 'screening.refused' and actor = ?").param(id)
                .query(String.class).list()).containsExactly("FAILED 400 queries: POST /api/match/{dataset}");
    }

    @Test
    void batchesSpendTheKeysAllowanceByTheirSizeAndThe429IsAudited() throws Exception {
        String key = key("batches");
        String batch = ScreeningUnitsTests.batch(100, 1);
        int batches = 0;
        MockHttpServletResponse response;
        do {
            response = send(match(batch, "").header("Authorization", "ApiKey " + key));
            batches++;
        } while (response.getStatus() == 200 && batches < 100);
        // 6,000 units a minute: 60 batches of 100 ordinary queries, where 6,000 such requests used to pass
        assertThat(batches - 1).isEqualTo(60);
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(send(get("/api/search").param("q", "Ivanov").header("Authorization", "ApiKey " + key)).getStatus())
                .as("a search spends the same allowance").isEqualTo(429);
        String id = keys.list(org).stream().filter(k -> k.name().equals("batches")).findFirst().orElseThrow().id().toString();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'screening.refused' and outcome = 'DENIED' and actor = ?").param(id)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(send(match(ScreeningUnitsTests.batch(1, 1), "").header("Authorization", "ApiKey " + key("another key"))).getStatus())
                .as("another key has its own").isEqualTo(200);
    }

    @Test
    void aSessionsApiRequestsSpendAnAllowanceToo() throws Exception {
        // an organization of its own: the organization's allowance (12,000 units) is shared by its keys and sessions
        var caseworker = staff.member(staff.organization("Allowance sessions"), Role.CASEWORKER);
        String batch = ScreeningUnitsTests.batch(100, 1);
        for (int i = 0; i < 60; i++) {
            assertThat(send(match(batch, "").with(csrf()).with(ActingStaff.as(caseworker))).getStatus()).as("batch %d", i).isEqualTo(200);
        }
        var refused = send(match(batch, "").with(csrf()).with(ActingStaff.as(caseworker)));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'screening.refused' and actor = ?").param(caseworker.id().toString())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRefusalIsAuditedWithoutTheQueryKeyOrWhatWasSent() throws Exception {
        String key = key("refused");
        send(match("{\"queries\": {\"Ivanov_Ivan_1972\": {\"schema\": \"Banana\", \"properties\": {\"name\": [\"Zyxwvutova Marker\"]}}}}", "")
                .header("Authorization", "ApiKey " + key));
        send(post("/api/match/Petrova_Anna").contentType(MediaType.APPLICATION_JSON).content(ScreeningUnitsTests.batch(1, 1))
                .header("Authorization", "ApiKey " + key));
        send(get("/api/search").param("filter", "nonsense").param("q", "Zyxwvutova Marker").header("Authorization", "ApiKey " + key));
        String id = keys.list(org).stream().filter(k -> k.name().equals("refused")).findFirst().orElseThrow().id().toString();
        assertThat(jdbc.sql("select detail from audit_event where action = 'screening.refused' and actor = ? order by sequence").param(id)
                .query(String.class).list()).containsExactly("400 queries.*.schema: POST /api/match/{dataset}",
                        "404 dataset: POST /api/match/{dataset}", "400 filter: GET /api/search");
        assertThat(jdbc.sql("select count(*) from audit_event where detail like '%Ivanov_Ivan%' or detail like '%Zyxwvutova%' or detail like '%Petrova%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void wrongKeysFromOneIpv6NetworkAreCountedTogether() throws Exception {
        int refused = 0;
        for (int i = 1; i <= 25; i++) {
            String address = "2001:db8:27:27::" + Integer.toHexString(i);
            var response = send(match(ScreeningUnitsTests.batch(1, 1), "").header("Authorization", "ApiKey psg_" + "W".repeat(43))
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    }));
            if (response.getStatus() == 429) {
                refused++;
            } else {
                assertThat(response.getStatus()).isEqualTo(401);
            }
        }
        // 20 refused keys per 10 minutes per address: a fresh address of the same /64 for each try used to reset it
        assertThat(refused).isEqualTo(5);
    }

    @Test
    void aBodyOfManyMegabytesIsRefusedUnreadWithAKeyAndWithoutAnyCredentials() throws Exception {
        byte[] body = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        var match = send(post("/api/match/" + LIST).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Authorization", "ApiKey " + key("big body")));
        assertThat(match.getStatus()).isEqualTo(413);
        assertThat(match.getContentType()).startsWith("application/problem+json");
        // the public webhook read it whole into a String before saying 404 (three 450 MB bodies: OutOfMemoryError)
        assertThat(send(post("/telegram/webhook").contentType(MediaType.APPLICATION_JSON).content(body)).getStatus()).isEqualTo(413);
    }
}
