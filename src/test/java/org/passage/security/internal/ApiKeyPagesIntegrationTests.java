package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Role;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The page that shows a new API key once, sent again (a refresh, a second click): no second live key. */
@PassageIntegrationTest
@Import(LoginFixtures.class)
class ApiKeyPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginFixtures fixtures;
    @Autowired
    ApiKeyRegister keys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theNewKeyFormSentTwiceMakesOneKeyAndSaysWhy() throws Exception {
        UUID org = fixtures.organization("Twice");
        var session = fixtures.login(mvc, fixtures.account(org, Role.ORG_ADMIN));

        mvc.perform(post("/admin/api-keys").session(session).with(csrf()).param("name", "Telegram bot").param("days", "30"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/api-keys").session(session).with(csrf()).param("name", "Telegram bot ").param("days", "30").param("lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Действующий ключ с именем «Telegram bot")));

        assertThat(jdbc.sql("select count(*) from api_keys where organization_id = ?").param(org).query(Integer.class).single()).isEqualTo(1);
        // once revoked, the name may be given again
        keys.revoke(org, keys.list(org).getFirst().id());
        mvc.perform(post("/admin/api-keys").session(session).with(csrf()).param("name", "Telegram bot").param("days", "30"))
                .andExpect(status().isOk());
    }
}
