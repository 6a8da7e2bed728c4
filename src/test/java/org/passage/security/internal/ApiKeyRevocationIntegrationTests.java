package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.passage.database.DatabaseNotifications;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Role;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Revoking another organization's API key: "not found", nothing changed, and the attempt audited (it used to pass in
 * silence); and a revocation reaching another server's cache.
 */
@PassageIntegrationTest
@Import(LoginFixtures.class)
class ApiKeyRevocationIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LoginFixtures fixtures;
    @Autowired
    ApiKeyRegister keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DatabaseNotifications notifications;

    /**
     * Two servers, each with its look-ups cached: a key revoked on one is refused by the other as soon as PostgreSQL's
     * notification arrives. Their clocks stand still, so the once-a-second look at the database never runs again and
     * only the notification can drop the key from the second server's cache.
     */
    @Test
    void aKeyRevokedOnOneServerLeavesTheOthersCacheWhenTheNotificationArrives() throws Exception {
        UUID org = fixtures.organization("Two nodes");
        var admin = fixtures.account(org, Role.ORG_ADMIN);
        Clock stopped = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        var first = new ApiKeyRegister(jdbc, stopped, notifications);
        var second = new ApiKeyRegister(jdbc, stopped, notifications);
        var issued = first.create(org, admin.id(), "shared script", 30);
        assertThat(second.authenticate(issued.secret())).isPresent();
        assertThat(second.authenticate(issued.secret())).as("from the cache").isPresent();

        assertThat(first.revoke(org, issued.id())).isTrue();
        assertThat(first.authenticate(issued.secret())).as("at once where it was revoked").isEmpty();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (second.authenticate(issued.secret()).isPresent()) {
            assertThat(System.nanoTime()).as("the other server still accepts the revoked key after 30 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void revokingAnotherOrganizationsKeyIsNotFoundAndAudited() throws Exception {
        UUID ark = fixtures.organization("Ark");
        UUID forest = fixtures.organization("Forest");
        var forestAdmin = fixtures.account(forest, Role.ORG_ADMIN);
        var arkAdmin = fixtures.account(ark, Role.ORG_ADMIN);
        UUID forestKey = keys.create(forest, forestAdmin.id(), "forest script", 30).id();
        var session = fixtures.login(mvc, arkAdmin);

        mvc.perform(post("/admin/api-keys/{id}/revoke", forestKey).session(session).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/api-keys/{id}/revoke", UUID.randomUUID()).session(session).with(csrf())).andExpect(status().isNotFound());

        assertThat(jdbc.sql("select revoked_at is null from api_keys where id = ?").param(forestKey).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'api-key.revoked' and outcome = 'DENIED' and organization_id = ?")
                .param(ark).query(Integer.class).single()).isEqualTo(2);

        UUID arkKey = keys.create(ark, arkAdmin.id(), "ark script", 30).id();
        mvc.perform(post("/admin/api-keys/{id}/revoke", arkKey).session(session).with(csrf())).andExpect(redirectedUrl("/admin/api-keys"));
        assertThat(jdbc.sql("select revoked_at is not null from api_keys where id = ?").param(arkKey).query(Boolean.class).single()).isTrue();
    }
}
