package org.passage.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A ticket into one case, handed out by {@link Cases} once the need to know was checked and the access audited.
 * It holds no personal data: the facts another feature needs to keep its own records of the case and to decide what
 * the holder may do there. Only the cases feature issues tickets (a build rule checks it); {@code issuedTo} is the
 * staff member it was issued to, or null for the system, so a ticket is never honoured for someone else.
 */
public record CaseRef(CaseId id, UUID organizationId, String code, Stage stage, Instant openedAt, Set<UUID> assignedStaff,
                      boolean mayChange, boolean mayCoordinate, @Nullable UUID issuedTo) {

    public CaseRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(openedAt, "openedAt");
        assignedStaff = Set.copyOf(assignedStaff);
    }

    /** Whether the ticket was issued to this staff member: a ticket is honoured only for him (a system ticket is nobody's). */
    public boolean isHeldBy(@Nullable UUID staffId) {
        return issuedTo != null && issuedTo.equals(staffId);
    }

    /** Whether the ticket was issued to work no person does (schedulers, re-screening, statistics, demo data). */
    public boolean forSystem() {
        return issuedTo == null;
    }
}
