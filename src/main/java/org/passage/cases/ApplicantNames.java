package org.passage.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The names an applicant is recorded under, for screening him against watchlists. {@link #read(CaseId)} goes
 * through the case's need-to-know policy for the logged-in staff member and audits the read; the other two
 * methods serve the background re-screening after a list import, read as the system and audited per case.
 */
public interface ApplicantNames {

    /** The applicant of a case the current staff member may see; empty when the case is unknown or not his to see. */
    Optional<Applicant> read(CaseId caseId);

    /** The codes of the cases the current staff member may see (need to know), by case; for lists such as alerts. */
    java.util.Map<CaseId, String> visibleCaseCodes();

    /** Every case that is not closed, of every organization (ids only). */
    List<CaseId> openCases();

    /** The applicant of an open case for the background re-screening (no staff member acting); audited. */
    Optional<Applicant> readForRescreening(CaseId caseId);

    /**
     * An applicant as screening needs him: every name he gave (Cyrillic and the Latin form of his documents),
     * his birth date and the case's code and organization. Personal data: {@link #toString()} is redacted.
     */
    record Applicant(CaseId caseId, UUID organizationId, String caseCode, List<String> names, @Nullable LocalDate birthDate) {

        public Applicant {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(organizationId, "organizationId");
            names = names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
        }

        @Override
        public String toString() {
            return "Applicant[" + caseId + ", REDACTED]";
        }
    }
}
