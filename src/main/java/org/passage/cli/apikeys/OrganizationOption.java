package org.passage.cli.apikeys;

import java.util.Optional;
import java.util.UUID;
import org.passage.organizations.Organization;
import org.passage.organizations.Organizations;

/** {@code --organization}: an organization's name as on its admin page, or its uuid. */
final class OrganizationOption {

    private OrganizationOption() {
    }

    static Optional<Organization> find(Organizations organizations, String nameOrId) {
        try {
            return organizations.find(UUID.fromString(nameOrId));
        } catch (IllegalArgumentException notAUuid) {
            return organizations.findByName(nameOrId.strip());
        }
    }
}
