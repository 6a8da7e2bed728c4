package org.passage.cli.apikeys;

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

/**
 * {@code passage api-keys create --organization ORG --name NAME [--days N]}: makes a key and prints it once, on a line
 * of its own (nothing else is on standard output, so a script can take it with {@code $(…)}); the key is stored only
 * as its hash, and its making is audited without it.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Make an API key; it is printed once and kept nowhere.")
@ApplicationCommand
public final class CreateApiKeyCommand implements Callable<Integer> {

    @Option(names = "--organization", required = true, description = "The organization (name or uuid).")
    String organization = "";

    @Option(names = "--name", required = true, description = "What the key is for, e.g. \"nightly screening script\".")
    String name = "";

    @Option(names = "--days", defaultValue = "90", description = "Days until it expires, 1 to 366 (default: ${DEFAULT-VALUE}).")
    int days;

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
        if (keys == null || organizations == null || audit == null) {
            throw new IllegalStateException("the application context did not provide the API keys");
        }
        var org = OrganizationOption.find(organizations, organization);
        if (org.isEmpty()) {
            System.err.println(OrganizationOption.unknown(organizations, organization));
            return 2;
        }
        if (name.isBlank() || name.strip().length() > 100 || days < 1 || days > 366) {
            System.err.println("--name is 1 to 100 characters and --days 1 to 366");
            return 2;
        }
        var issued = keys.create(org.get().id(), null, name, days);
        audit.record(new AuditEvent("api-key.created", "api-key", issued.id().toString(), org.get().id(), AuditEvent.Outcome.SUCCESS,
                "by passage api-keys, expires " + issued.expiresAt()));
        System.err.println("API key " + issued.id() + " (\"" + issued.name() + "\") of " + org.get().name() + ", expires " + issued.expiresAt()
                + ". It is shown only now:");
        System.out.println(issued.secret());
        return 0;
    }
}
