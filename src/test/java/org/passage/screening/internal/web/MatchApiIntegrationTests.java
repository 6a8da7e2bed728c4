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
import org.passage.organizations.StaffMember;
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

/** The yente-shaped API on a real PostgreSQL with an imported test list: shapes, dataset filter, bad input. */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchApiIntegrationTests {

    private static final String LIST = "api-sanctions";

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

    private StaffMember analyst;
    private StaffMember auditor;

    @BeforeAll
    void importList() throws Exception {
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v1.ftm.json");
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Screening API");
        analyst = staff.member(org, Role.VETTING_ANALYST);
        auditor = staff.member(org, Role.AUDITOR);
    }

    private MockHttpServletResponse match(String dataset, String body) throws Exception {
        return mvc.perform(post("/api/match/" + dataset).with(csrf()).with(ActingStaff.as(analyst))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    @Test
    void answersInYentesShapeWithExplainedFeatures() throws Exception {
        var response = match(LIST, """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Chtcherbakov Alexandre"], "birthDate": ["1991-03-02"]}},
                             "q2": {"schema": "Company", "properties": {"name": "Орел Трейдинг"}}}}""");
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode root = json(response);
        assertThat(root.get("limit").asInt()).isEqualTo(5);
        JsonNode q1 = root.get("responses").get("q1");
        assertThat(q1.get("status").asInt()).isEqualTo(200);
        assertThat(q1.get("total").get("value").asInt()).isPositive();
        assertThat(q1.get("total").get("relation").asString()).isEqualTo("eq");
        assertThat(q1.get("query").get("schema").asString()).isEqualTo("Person");
        assertThat(q1.get("query").get("properties").get("birthDate").get(0).asString()).isEqualTo("1991-03-02");
        JsonNode best = q1.get("results").get(0);
        assertThat(best.get("id").asString()).isEqualTo("test-shcherbakov");
        assertThat(best.get("caption").asString()).isEqualTo("Shcherbakov Aleksandr Yurievich");
        assertThat(best.get("schema").asString()).isEqualTo("Person");
        assertThat(best.get("match").asBoolean()).isTrue();
        assertThat(best.get("score").asDouble()).isBetween(0.7, 1.0);
        assertThat(best.get("datasets").get(0).asString()).isEqualTo(LIST);
        assertThat(best.get("properties").get("birthDate").get(0).asString()).isEqualTo("1991-03-02");
        assertThat(best.get("features").has("name")).isTrue();
        assertThat(best.get("features").has("birth_date.match")).isTrue();
        assertThat(best.get("explanations").get("name").get("detail").asString()).isNotBlank();
        assertThat(best.get("explanations").get("birth_date.match").get("score").isNumber()).isTrue();
        // one subscore per feature, as yente 5 gives it, with its query and candidate fields: none past 1 (the parts of a
        // name that matched each added their weight, and a subscore read 1.9)
        best.get("explanations").properties().forEach(e ->
                assertThat(e.getValue().get("score").asDouble()).as(e.getKey()).isBetween(-1.0, 1.0));
        best.get("features").properties().forEach(e -> assertThat(e.getValue().asDouble()).as(e.getKey()).isBetween(-1.0, 1.0));
        assertThat(best.get("explanations").get("name").has("query")).isTrue();
        assertThat(best.get("explanations").get("name").has("candidate")).isTrue();
        assertThat(best.get("first_seen").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(root.get("responses").get("q2").get("results").get(0).get("id").asString()).isEqualTo("test-orel-trading");
    }

    @Test
    void aNamePassageCannotReadIsNotCheckedNotANoMatch() throws Exception {
        JsonNode root = json(match(LIST, """
                {"queries": {"kanji": {"schema": "Person", "properties": {"name": ["髙山 きよし"], "nationality": ["jp"]}},
                             "latin": {"schema": "Person", "properties": {"name": ["Yamada Taro"], "nationality": ["jp"]}}}}"""));
        JsonNode kanji = root.get("responses").get("kanji");
        assertThat(kanji.get("status").asInt()).isEqualTo(422);
        assertThat(kanji.get("not_checked").get(0).asString()).isEqualTo("髙山 きよし"); // 髙 is in no reading dictionary
        JsonNode latin = root.get("responses").get("latin");
        assertThat(latin.get("status").asInt()).isEqualTo(200);
        assertThat(latin.has("not_checked")).isFalse();
    }

    @Test
    void thresholdAndLimitAsInYente() throws Exception {
        var response = mvc.perform(post("/api/match/default?threshold=1.0&limit=1").with(csrf()).with(ActingStaff.as(analyst))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"queries\": {\"a\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Shcherbakov Aleksandr\"]}}}}"))
                .andReturn().getResponse();
        JsonNode root = json(response);
        assertThat(root.get("limit").asInt()).isEqualTo(1);
        assertThat(root.get("responses").get("a").get("results").size()).isEqualTo(1);
        JsonNode hit = root.get("responses").get("a").get("results").get(0);
        assertThat(hit.get("match").asBoolean()).isEqualTo(hit.get("score").asDouble() >= 1.0);
    }

    @Test
    void datasetFiltersByListName() throws Exception {
        String body = "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Shcherbakov Aleksandr\"]}}}}";
        assertThat(json(match(LIST, body)).get("responses").get("q").get("results").get(0).get("id").asString())
                .isEqualTo("test-shcherbakov");
        var unknown = match("no-such-list", body);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");
        assertThat(json(unknown).get("field").asString()).isEqualTo("dataset");
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        String longName = "Щ".repeat(10_000);
        String[][] cases = {
                {"{\"queries\": {\"q1\": ", "body", "422"},
                {"{\"queries\": {}}", "queries"},
                {"{}", "queries", "422"},
                {"[1, 2]", "body", "422"},
                {"{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"" + longName + "\"]}}}}", "queries.q1.properties.name"},
                {"{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivan\\u0000ov\"]}}}}", "queries.q1.properties.name"},
                {"{\"queries\": {\"q1\": {\"schema\": \"Banana\", \"properties\": {\"name\": [\"Ivanov\"]}}}}", "queries.q1.schema"},
                {"{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"birthDate\": [\"1991\"]}}}}", "queries.q1.properties.name"},
                {"{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [{\"x\": 1}]}}}}", "queries.q1.properties.name", "422"},
                {"{\"queries\": {\"q1\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivanov\"]}}}, \"limit\": 0}", "limit", "422"},
        };
        for (String[] c : cases) {
            var response = match("default", c[0]);
            assertThat(response.getStatus()).as(c[1]).isEqualTo(c.length > 2 ? Integer.parseInt(c[2]) : 400);
            assertThat(response.getContentType()).as(c[1]).startsWith("application/problem+json");
            assertThat(json(response).get("field").asString()).as(c[0].length() > 200 ? "long name" : c[0]).isEqualTo(c[1]);
        }
        var empty = mvc.perform(post("/api/match/default").with(csrf()).with(ActingStaff.as(analyst)).contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(json(empty).get("field").asString()).isEqualTo("body");
    }

    @Test
    void searchAnswersInYentesSearchShape() throws Exception {
        var response = mvc.perform(get("/api/search").param("q", "Петров Дмитрий").with(ActingStaff.as(analyst))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode root = json(response);
        assertThat(root.get("total").get("value").asInt()).isGreaterThanOrEqualTo(root.get("results").size());
        assertThat(root.has("facets")).isTrue();
        // no text browses the lists, as in yente
        var empty = mvc.perform(get("/api/search").param("q", " ").with(ActingStaff.as(analyst))).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(json(empty).get("results").size()).isPositive();
        var tooLong = mvc.perform(get("/api/search").param("q", "Щ".repeat(10_000)).with(ActingStaff.as(analyst))).andReturn().getResponse();
        assertThat(json(tooLong).get("field").asString()).isEqualTo("q");
        var schema = mvc.perform(get("/api/search").param("q", "Ivanov").param("schema", "Banana").with(ActingStaff.as(analyst)))
                .andReturn().getResponse();
        assertThat(json(schema).get("field").asString()).isEqualTo("schema");
    }

    @Test
    void requestsAreAuditedWithoutTheNames() throws Exception {
        match("default", "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Zyxwvutov Marker\"]}}}}");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'screening.match'").query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_event where detail like '%Zyxwvutov%'").query(Integer.class).single()).isZero();
    }

    @Test
    void postWithoutCsrfTokenAndRolesWithoutScreeningAreRefused() throws Exception {
        String body = "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivanov\"]}}}}";
        assertThat(mvc.perform(post("/api/match/default").with(ActingStaff.as(analyst)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/match/default").with(csrf()).with(ActingStaff.as(auditor)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/match/default").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus()).isIn(401, 403);
    }

    @Test
    void servesTheOpenApiDescriptionAndTheIndexStatus() throws Exception {
        var yaml = mvc.perform(get("/api/openapi.yaml").with(ActingStaff.as(analyst))).andReturn().getResponse();
        assertThat(yaml.getStatus()).isEqualTo(200);
        assertThat(yaml.getContentAsString()).contains("openapi: 3.1.0", "/api/match/{dataset}");
        JsonNode status = json(mvc.perform(get("/api/screening/status").with(ActingStaff.as(analyst))).andReturn().getResponse());
        assertThat(status.get("state").asString()).isEqualTo("READY");
        assertThat(status.get("size").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(status.get("versions").get(LIST).asInt()).isEqualTo(1);
    }
}
