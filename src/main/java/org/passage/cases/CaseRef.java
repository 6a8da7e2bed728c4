package org.passage.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What another feature learns about a case once the reader's need to know was checked: no personal data, only
 * the facts needed to keep its own records of the case and to decide what the reader may do there.
 */
public record CaseRef(CaseId id, UUID organizationId, Stage stage, Instant openedAt, boolean mayChange,
                      boolean mayCoordinate) {

    public CaseRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(openedAt, "openedAt");
    }
}
