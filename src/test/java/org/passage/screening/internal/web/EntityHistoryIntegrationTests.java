package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code first_seen}, {@code last_seen} and {@code last_change} per entity, from its history in the list: an entity
 * unchanged since the first version keeps that version's time as first seen and last change, one changed by the
 * second version shows the second as its last change, one added by it was first seen then; all were last seen in
 * the live version. {@code changed_since} compares each entity's last change.
 */
@PassageIntegrationTest
class EntityHistoryIntegrationTests {

    private static final String LIST = "history-sanctions";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
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

    @Test
    void eachEntityShowsItsOwnHistory() throws Exception {
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v1.ftm.json");
        Thread.sleep(1_100); // yente's timestamps are to the second
        ScreeningFixture.importVersion(watchlists, work, LIST, "sanctions-v2.ftm.json");
        var staff = new ActingStaff(organizations, directory, jdbc);
        UUID org = staff.organization("Entity history");
        StaffMember analyst = staff.member(org, Role.VETTING_ANALYST);

        // other test classes import the same entity ids into their own lists: ask within this list
        JsonNode all = match(analyst, null);
        JsonNode unchanged = best(all, "a", "test-ivanova");
        JsonNode changed = best(all, "b", "test-shcherbakov");
        JsonNode added = best(all, "c", "test-petrov");
        String v1 = unchanged.get("first_seen").asString();
        String v2 = added.get("first_seen").asString();
        assertThat(v1).isLessThan(v2);
        assertThat(unchanged.get("last_change").asString()).isEqualTo(v1);
        assertThat(unchanged.get("last_seen").asString()).isEqualTo(v2);
        assertThat(changed.get("first_seen").asString()).isEqualTo(v1);
        assertThat(changed.get("last_change").asString()).isEqualTo(v2);
        assertThat(changed.get("last_seen").asString()).isEqualTo(v2);
        assertThat(added.get("last_change").asString()).isEqualTo(v2);

        JsonNode since = match(analyst, v2);
        assertThat(since.get("a").get("results").size()).as("unchanged since the first version").isZero();
        assertThat(best(since, "b", "test-shcherbakov")).isNotNull();
        assertThat(best(since, "c", "test-petrov")).isNotNull();
    }

    private JsonNode match(StaffMember analyst, @org.jspecify.annotations.Nullable String changedSince) throws Exception {
        var request = post("/api/match/" + LIST).param("threshold", "0.5");
        if (changedSince != null) {
            request = request.param("changed_since", changedSince);
        }
        var response = mvc.perform(request.with(csrf()).with(ActingStaff.as(analyst)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"queries\": {\"a\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Ivanova Marina Petrovna\"]}},"
                        + " \"b\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Shcherbakov Aleksandr Yurievich\"]}},"
                        + " \"c\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"Petrov Dmitry Sergeevich\"]}}}}"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString()).get("responses");
    }

    private static JsonNode best(JsonNode responses, String query, String id) {
        JsonNode first = responses.get(query).get("results").get(0);
        assertThat(first.get("id").asString()).isEqualTo(id);
        return first;
    }
}
