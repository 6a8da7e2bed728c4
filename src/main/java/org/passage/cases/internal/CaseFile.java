package org.passage.cases.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;

/** A case as read from the database, opened: only ever held in memory while someone with need to know looks at it. */
public record CaseFile(CaseId id, UUID organizationId, CaseCode code, Stage stage, Applicant applicant, Instant openedAt,
                Set<UUID> assignedStaff) {

    public CaseFile {
        assignedStaff = Set.copyOf(assignedStaff);
    }
}
