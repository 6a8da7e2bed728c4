package org.passage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Organizations;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.passage.support.PassageIntegrationTest;

/** The public API keys: a key is shown once when created, listed without its secret, and can be revoked. */
@PassageIntegrationTest
class ApiKeysIntegrationTests {

    @Autowired
    ApiKeys keys;
    @Autowired
    Organizations organizations;
    @Autowired
    StaffDirectory staff;

    @Test
    void createsListsAndRevokesAnOrganizationsKey() {
        UUID org = organizations.create("Keys " + UUID.randomUUID()).id();
        UUID admin = staff.add(org, new Username("keys" + UUID.randomUUID().toString().substring(0, 8)), "Key Admin", Set.of(Role.ORG_ADMIN)).id();

        var issued = keys.create(org, admin, "screening client", 30);
        assertThat(issued.secret()).startsWith("psg_");
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(keys.list(org)).singleElement().satisfies(k -> {
            assertThat(k.name()).isEqualTo("screening client");
            assertThat(k.active(Instant.now())).isTrue();
        });

        assertThat(keys.revoke(org, issued.id())).isTrue();
        assertThat(keys.list(org)).singleElement().satisfies(k -> assertThat(k.active(Instant.now())).isFalse());
        assertThat(keys.revoke(UUID.randomUUID(), issued.id())).isFalse();
    }
}
