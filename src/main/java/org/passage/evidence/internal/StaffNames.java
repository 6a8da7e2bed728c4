package org.passage.evidence.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.organizations.StaffDirectory;
import org.springframework.stereotype.Component;

/** Who captured or handled an item, shown by username rather than by staff id; the id stays in the record. */
@Component
class StaffNames {

    private final StaffDirectory directory;

    StaffNames(StaffDirectory directory) {
        this.directory = directory;
    }

    Lookup of(UUID organizationId) {
        return new Lookup(directory.inOrganization(organizationId).stream()
                .collect(Collectors.toMap(m -> m.id().toString(), m -> m.username().value())));
    }

    /** Staff ids of one organization to usernames; "system" and unknown ids are shown as they are. */
    public record Lookup(Map<String, String> usernames) {
        public String name(String actor) {
            return usernames.getOrDefault(actor, actor);
        }
    }
}
