package org.passage.referrals.internal;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner on an organization's list: another organization on this installation ({@code partnerOrganizationId})
 * or an external one, known by name and a secure contact (e.g. a Signal number or an encrypted mail address).
 */
public record Partner(UUID id, UUID organizationId, @Nullable UUID partnerOrganizationId, String name, @Nullable String contact) {

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(name, "name");
    }

    public boolean external() {
        return partnerOrganizationId == null;
    }
}
