package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * yente's own API tests (tests/test_match.py, test_search.py, test_entity.py, test_base.py of opensanctions/yente),
 * replayed as data ({@code yente-api-cases.json}) against Passage's API with an API key, as a yente client calls it:
 * status codes, response shapes and the effect of each parameter. The list is invented, shaped after yente's "zala"
 * fixture (its source dataset is "zala"); where Passage differs on purpose (one algorithm, no referents, no addresses),
 * the case says so in its name.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YenteApiReplayIntegrationTests {

    static final String LIST = "yente-replay";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    ApiKeys apiKeys;

    private String key;

    @BeforeAll
    void setUp() throws Exception {
        ScreeningFixture.importVersion(watchlists, work, LIST, "yente-zala.ftm.json");
        var staff = new ActingStaff(organizations, directory, jdbc);
        var org = staff.organization("yente replay");
        var admin = staff.member(org, Role.ORG_ADMIN);
        key = apiKeys.create(org, admin.id(), "yente replay", 1).secret();
    }

    static Stream<Arguments> cases() throws Exception {
        try (InputStream in = YenteApiReplayIntegrationTests.class.getResourceAsStream("/org/passage/screening/web/yente-api-cases.json")) {
            List<Arguments> out = new ArrayList<>();
            JSON.readTree(in).forEach(c -> out.add(Arguments.of(c.get("yente").asString(), c)));
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAsYenteDoes(String name, JsonNode c) throws Exception {
        var request = c.get("method").asString().equals("POST") ? post(c.get("path").asString()) : get(c.get("path").asString());
        if (c.has("body")) {
            request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(c.get("body")));
        } else if (c.has("raw")) {
            request.contentType(MediaType.APPLICATION_JSON).content(c.get("raw").asString());
        }
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "ApiKey " + key)).andReturn().getResponse();
        String text = response.getContentAsString();
        assertThat(response.getStatus()).as(name + ": " + text).isEqualTo(c.get("status").asInt());
        JsonNode root = JSON.readTree(text.isEmpty() ? "{}" : text);
        if (response.getStatus() >= 400) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(root.get("detail").asString()).isNotBlank();
        }
        c.path("equals").properties().forEach(e -> assertThat(root.at(e.getKey())).as(e.getKey() + " in " + text).isEqualTo(e.getValue()));
        c.path("positive").forEach(p -> assertThat(root.at(p.asString()).asInt()).as(p + " in " + text).isPositive());
        c.path("above").properties().forEach(e -> assertThat(root.at(e.getKey()).asDouble()).as(e.getKey()).isGreaterThan(e.getValue().asDouble()));
        c.path("nonEmpty").forEach(p -> assertThat(root.at(p.asString()).size()).as(p + " in " + text).isPositive());
        c.path("empty").forEach(p -> assertThat(root.at(p.asString()).size()).as(p + " in " + text).isZero());
        c.path("present").forEach(p -> assertThat(root.at(p.asString()).isMissingNode()).as(p + " in " + text).isFalse());
        c.path("absent").forEach(p -> assertThat(root.at(p.asString()).isMissingNode()).as(p + " in " + text).isTrue());
        c.path("objects").forEach(p -> assertThat(root.at(p.asString()).isObject()).as(p + " in " + text).isTrue());
        c.path("contains").properties().forEach(e -> assertThat(contains(root.at(e.getKey()), e.getValue())).as(e.getKey() + " in " + text).isTrue());
        c.path("notContains").properties().forEach(e -> assertThat(contains(root.at(e.getKey()), e.getValue())).as(e.getKey() + " in " + text).isFalse());
        c.path("entity").forEach(p -> assertEntityShape(root.at(p.asString())));
    }

    /** Whether an array holds the value, or an object whose fields include all of the expected object's. */
    private static boolean contains(JsonNode array, JsonNode expected) {
        for (JsonNode item : array) {
            if (expected.isObject() ? expected.properties().stream().allMatch(e -> e.getValue().equals(item.get(e.getKey()))) : item.equals(expected)) {
                return true;
            }
        }
        return false;
    }

    /** yente's assert_entity_shape (tests/conftest.py), restated. */
    static void assertEntityShape(JsonNode data) {
        for (String required : List.of("id", "caption", "schema", "properties", "datasets", "referents", "target", "first_seen", "last_seen",
                "last_change")) {
            assertThat(data.has(required)).as(required + " in " + data).isTrue();
        }
        assertThat(data.get("id").asString()).isNotBlank();
        assertThat(data.get("caption").asString()).isNotBlank();
        assertThat(Schemata.known(data.get("schema").asString())).isPresent();
        data.get("properties").properties().forEach(p -> {
            assertThat(p.getValue().isArray()).as(p.getKey()).isTrue();
            p.getValue().forEach(v -> assertThat(v.isString()).as(p.getKey()).isTrue());
        });
        data.get("datasets").forEach(d -> assertThat(d.asString()).matches("[a-z0-9][a-z0-9_.-]*"));
        assertThat(data.get("referents").isArray()).isTrue();
        assertThat(data.get("target").isBoolean()).isTrue();
        for (String seen : List.of("first_seen", "last_seen", "last_change")) {
            if (!data.get(seen).isNull()) {
                assertThat(data.get(seen).asString()).as(seen).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
            }
        }
    }

    @Test
    void theCatalogAnswersItsETagWith304AsYenteDoes() throws Exception {
        var first = mvc.perform(get("/api/catalog").header("Authorization", "ApiKey " + key)).andReturn().getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotNull();
        assertThat(first.getHeader("Cache-Control")).contains("max-age=300");
        var same = mvc.perform(get("/api/catalog").header("Authorization", "ApiKey " + key).header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(same.getStatus()).isEqualTo(304);
        assertThat(same.getContentAsString()).isEmpty();
        assertThat(mvc.perform(get("/api/catalog").header("Authorization", "ApiKey " + key).header("If-None-Match", "\"stale\"")).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/catalog").header("Authorization", "ApiKey " + key).header("If-None-Match", "*")).andReturn()
                .getResponse().getStatus()).isEqualTo(304);
    }

    @Test
    void probesAnswerWithoutAKeyAndNothingElseDoes() throws Exception {
        assertThat(mvc.perform(get("/api/healthz")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/readyz")).andReturn().getResponse().getStatus()).isEqualTo(200);
        for (String path : List.of("/api/catalog", "/api/algorithms", "/api/entities/test-zakharov", "/api/search/zala")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isIn(401, 403);
        }
    }
}
