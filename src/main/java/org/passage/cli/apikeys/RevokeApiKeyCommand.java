package org.passage.cli.apikeys;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cli.ApplicationCommand;
import org.passage.organizations.Organizations;
import org.passage.security.ApiKeys;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code passage api-keys revoke --organization ORG ID}: the key stops working (running servers drop it within a second). */
@Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API key of an organization.")
@ApplicationCommand
public final class RevokeApiKeyCommand implements Callable<Integer> {

    @Option(names = "--organization", required = true, description = "The organization (name or uuid).")
    String organization = "";

    @Parameters(index = "0", description = "The key's id, as `passage api-keys list` shows it.")
    @Nullable UUID id;

    @Nullable ApiKeys keys;
    @Nullable Organizations organizations;
    @Nullable AuditTrail audit;

    @Autowired
    void setCollaborators(ApiKeys keys, Organizations organizations, AuditTrail audit) {
        this.keys = keys;
        this.organizations = organizations;
        this.audit = audit;
    }

    @Override
    public Integer call() {
        if (keys == null || organizations == null || audit == null || id == null) {
            throw new IllegalStateException("the application context did not provide the API keys");
        }
        var org = OrganizationOption.find(organizations, organization);
        if (org.isEmpty()) {
            System.err.println(OrganizationOption.unknown(organizations, organization));
            return 2;
        }
        if (!keys.revoke(org.get().id(), id)) {
            System.err.println("The organization has no key " + id);
            return 1;
        }
        audit.record(new AuditEvent("api-key.revoked", "api-key", id.toString(), org.get().id(), AuditEvent.Outcome.SUCCESS, "by passage api-keys"));
        System.out.println("Revoked " + id);
        return 0;
    }
}
