package org.passage.cases;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A case as another feature shows it to someone who may read it: code, stage, who works on it and the
 * person's name (personal data, so {@link #toString()} is redacted).
 */
public record CaseSummary(CaseId id, UUID organizationId, String code, Stage stage, String displayName, Set<UUID> assignedStaff) {

    public CaseSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(stage, "stage");
        assignedStaff = Set.copyOf(assignedStaff);
    }

    @Override
    public String toString() {
        return "CaseSummary[" + id + ", " + code + ", " + stage + ", name REDACTED]";
    }
}
