package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.passage.organizations.Organizations;
import org.passage.security.ApiKeys;
import org.passage.support.PassageIntegrationTest;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A filtered browse ({@code /api/search} without {@code q}) reads the entries its filters' postings hold, not every entry,
 * and costs what it reads: it scanned the whole index and was priced as a whole scan (10 units) however narrow its filter
 * (session 18 left it). Its answers are the scan's, in the scan's order.
 */
@PassageIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFiltersIntegrationTests {

    private static final String LIST = "filters-sanctions";

    @Autowired
    MockMvc mvc;
    @Autowired
    Watchlists watchlists;
    @Autowired
    ScreeningWork work;
    @Autowired
    Organizations organizations;
    @Autowired
    ApiKeys keys;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    void importList() throws Exception {
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v1.ftm.json");
        ScreeningFixture.importVersion(watchlists, work, LIST + "-zala", "yente-zala.ftm.json");
    }

    private String key(String name) {
        return keys.create(organizations.create("Search filters " + name + " " + java.util.UUID.randomUUID()).id(), null, name, 1).secret();
    }

    private JsonNode browse(String key, String path, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request = get(path).header("Authorization", "ApiKey " + key).param("limit", "500");
        params.forEach((name, value) -> {
            for (String v : value.split("\\|")) {
                request.param(name, v);
            }
        });
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " " + params).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("results").forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    /** The ids of the unfiltered browse that {@code admits} keeps, in its order: what the scan answered. */
    private List<String> scanned(String key, String path, Predicate<JsonNode> admits) throws Exception {
        List<String> ids = new ArrayList<>();
        browse(key, path, Map.of()).get("results").forEach(r -> {
            if (admits.test(r)) {
                ids.add(r.get("id").asString());
            }
        });
        return ids;
    }

    /** Any of the properties yente's countries facet reads names the country (as a code or a name). */
    private static boolean country(JsonNode entity, String code) {
        for (String property : Countries.PROPERTIES) {
            JsonNode values = entity.get("properties").get(property);
            if (values != null) {
                for (JsonNode v : values) {
                    if (Countries.code(v.asString()).orElse(v.asString().toLowerCase(java.util.Locale.ROOT)).equals(code)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean has(JsonNode entity, String property, String value) {
        JsonNode values = entity.get("properties").get(property);
        if (values == null) {
            return false;
        }
        for (JsonNode v : values) {
            if (v.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aFilteredBrowseAnswersWhatTheScanAnsweredInItsOrder() throws Exception {
        String key = key("same");
        for (String path : new String[] {"/api/search", "/api/search/" + LIST}) {
            assertThat(ids(browse(key, path, Map.of("countries", "ru"))))
                    .isEqualTo(scanned(key, path, e -> country(e, "ru")))
                    .isNotEmpty();
            assertThat(ids(browse(key, path, Map.of("topics", "sanction|role.spy"))))
                    .isEqualTo(scanned(key, path, e -> has(e, "topics", "sanction") || has(e, "topics", "role.spy")));
            assertThat(ids(browse(key, path, Map.of("topics", "sanction|role.spy", "filter_op", "AND"))))
                    .isEqualTo(scanned(key, path, e -> has(e, "topics", "sanction") && has(e, "topics", "role.spy")));
            assertThat(ids(browse(key, path, Map.of("filter", "schema:Person", "topics", "sanction"))))
                    .isEqualTo(scanned(key, path, e -> e.get("schema").asString().equals("Person") && has(e, "topics", "sanction")));
            assertThat(ids(browse(key, path, Map.of("datasets", LIST + "-zala"))))
                    .isEqualTo(scanned(key, path, e -> e.get("datasets").toString().contains(LIST + "-zala")));
            assertThat(ids(browse(key, path, Map.of("countries", "zz")))).isEmpty();
        }
        assertThat(ids(browse(key, "/api/search/" + LIST + "-zala", Map.of())))
                .isEqualTo(scanned(key, "/api/search", e -> e.get("datasets").toString().contains(LIST + "-zala"))).isNotEmpty();
    }

    @Test
    void aNarrowBrowseCostsWhatItReads() throws Exception {
        String key = key("price");
        // a browse of one small list reads its entries: one unit, where every browse cost 10 (600 a minute for a key)
        for (int i = 0; i < 700; i++) {
            var response = mvc.perform(get("/api/search/" + LIST).param("countries", "ru").header("Authorization", "ApiKey " + key))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as("browse %d", i + 1).isEqualTo(200);
        }
    }

    @Test
    void theBrowsesPriceIsWhatItReadsUpToAWholeScansPrice() {
        assertThat(ScreeningUnits.browse(0)).isEqualTo(1);
        assertThat(ScreeningUnits.browse(40)).isEqualTo(1);
        assertThat(ScreeningUnits.browse(2_501)).isEqualTo(2);
        assertThat(ScreeningUnits.browse(23_000)).isEqualTo(ScreeningUnits.SEARCH);
        assertThat(ScreeningUnits.browse(1_000_000)).isEqualTo(ScreeningUnits.SEARCH);
    }
}
