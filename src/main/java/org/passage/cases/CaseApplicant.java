package org.passage.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The applicant as screening needs him: every name he gave (Cyrillic and the Latin form of his documents), his
 * birth date and the case's code and organization. Personal data: {@link #toString()} is redacted.
 */
public record CaseApplicant(CaseId caseId, UUID organizationId, String caseCode, List<String> names, @Nullable LocalDate birthDate) {

    public CaseApplicant {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(organizationId, "organizationId");
        names = names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
    }

    @Override
    public String toString() {
        return "CaseApplicant[" + caseId + ", REDACTED]";
    }
}
