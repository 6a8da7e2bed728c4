package org.passage.cli.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passage.audit.AuditTrail;
import org.passage.organizations.Organizations;
import org.passage.security.ApiKeys;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code passage api-keys create/list/revoke} as an operator runs them: the key is printed once on standard output and
 * opens the API at once; the list shows it without the key; a revoked key is refused on the next request.
 */
@PassageIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApiKeysCommandIntegrationTests {

    @Autowired
    ApiKeys keys;
    @Autowired
    Organizations organizations;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void createsListsAndRevokesAKeyThatWorksAtOnce(CapturedOutput output) throws Exception {
        var org = organizations.create("api-keys command " + UUID.randomUUID().toString().substring(0, 8));
        var create = new CreateApiKeyCommand();
        create.setCollaborators(keys, organizations, audit);
        create.organization = org.name();
        create.name = "operator's script";
        create.days = 30;
        int before = output.getOut().length();
        assertThat(create.call()).isZero();
        String key = output.getOut().substring(before).strip();
        assertThat(key).startsWith("psg_").doesNotContain("\n");
        assertThat(status(key)).isEqualTo(200);

        var list = new ListApiKeysCommand();
        list.setCollaborators(keys, organizations);
        list.organization = org.id().toString();
        before = output.getOut().length();
        assertThat(list.call()).isZero();
        String listed = output.getOut().substring(before);
        assertThat(listed).contains("operator's script", "active").doesNotContain(key.substring(4));
        UUID id = keys.list(org.id()).getFirst().id();

        var revoke = new RevokeApiKeyCommand();
        revoke.setCollaborators(keys, organizations, audit);
        revoke.organization = org.name();
        revoke.id = id;
        assertThat(revoke.call()).isZero();
        assertThat(status(key)).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ? and action in ('api-key.created', 'api-key.revoked')")
                .param(id.toString()).query(Integer.class).single()).isEqualTo(2);

        create.organization = "no such organization";
        int errBefore = output.getErr().length();
        assertThat(create.call()).isEqualTo(2);
        // the operator reads which names he may give, not a bare "No such organization"
        assertThat(output.getErr().substring(errBefore)).contains("no organization \"no such organization\"", "\"" + org.name() + "\"");
    }

    @Test
    void aKeyRevokedByAnotherProcessIsRefusedWithinASecond(CapturedOutput output) throws Exception {
        var org = organizations.create("api-keys elsewhere " + UUID.randomUUID().toString().substring(0, 8));
        var issued = keys.create(org.id(), null, "revoked elsewhere", 1);
        assertThat(status(issued.secret())).isEqualTo(200);
        assertThat(status(issued.secret())).as("now from the cache").isEqualTo(200);
        // what `passage api-keys revoke` in another process, or another server, leaves in the database
        jdbc.sql("update api_keys set revoked_at = now() where id = ?").param(issued.id()).update();
        Thread.sleep(1100);
        assertThat(status(issued.secret())).isEqualTo(401);
    }

    private int status(String key) throws Exception {
        return mvc.perform(get("/api/algorithms").header("Authorization", "ApiKey " + key)).andReturn().getResponse().getStatus();
    }
}
