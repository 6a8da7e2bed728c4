package org.passage.cli.apikeys;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.cli.ApplicationCommand;
import org.passage.organizations.Organizations;
import org.passage.security.ApiKeys;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage api-keys list --organization ORG}: the organization's keys, newest first (never the keys themselves). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List an organization's API keys.")
@ApplicationCommand
public final class ListApiKeysCommand implements Callable<Integer> {

    @Option(names = "--organization", required = true, description = "The organization (name or uuid).")
    String organization = "";

    @Nullable ApiKeys keys;
    @Nullable Organizations organizations;

    @Autowired
    void setCollaborators(ApiKeys keys, Organizations organizations) {
        this.keys = keys;
        this.organizations = organizations;
    }

    @Override
    public Integer call() {
        if (keys == null || organizations == null) {
            throw new IllegalStateException("the application context did not provide the API keys");
        }
        var org = OrganizationOption.find(organizations, organization);
        if (org.isEmpty()) {
            System.err.println(OrganizationOption.unknown(organizations, organization));
            return 2;
        }
        Instant now = Instant.now();
        System.out.println("id                                    state    expires               last used             name");
        for (var key : keys.list(org.get().id())) {
            String state = key.revokedAt() != null ? "revoked" : key.active(now) ? "active" : "expired";
            System.out.printf("%-37s %-8s %-21s %-21s %s%n", key.id(), state, key.expiresAt().toString().substring(0, 19),
                    key.lastUsedAt() == null ? "never" : key.lastUsedAt().toString().substring(0, 19), key.name());
        }
        return 0;
    }
}
