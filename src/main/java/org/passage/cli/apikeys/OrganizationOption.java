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

    /**
     * What an operator reads when {@code --organization} names none: the names he may give (he runs the command on
     * the installation's own machine, where the system admin sees them all), or that there is none yet and where one
     * is made. "No such organization" alone left a newcomer guessing the spelling.
     */
    static String unknown(Organizations organizations, String nameOrId) {
        var names = organizations.all().stream().map(Organization::name).sorted().toList();
        if (names.isEmpty()) {
            return "error: no organization \"" + nameOrId + "\": this installation has none yet. The system admin creates"
                    + " organizations on the Organizations page (/admin/organizations); give its name or uuid.";
        }
        return "error: no organization \"" + nameOrId + "\" (a name as written, or a uuid). The organizations here: "
                + String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList()) + ".";
    }
}
