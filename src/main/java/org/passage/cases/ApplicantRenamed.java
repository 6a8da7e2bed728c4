package org.passage.cases;

import java.util.Objects;
import java.util.UUID;

/**
 * The names the applicant is recorded under (or his birth date) were changed after intake: whatever is keyed on
 * them, such as screening, must look at the case again. Carries no personal data.
 */
public record ApplicantRenamed(CaseId caseId, UUID organizationId) {

    public ApplicantRenamed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(organizationId, "organizationId");
    }
}
