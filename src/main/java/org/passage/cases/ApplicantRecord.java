package org.passage.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything recorded about the applicant, as a document about him needs it (the dossier): names, birth date,
 * contact handles, family at risk and the evidence of his identity without a passport. Personal data:
 * {@link #toString()} is redacted.
 */
public record ApplicantRecord(CaseId caseId, UUID organizationId, String caseCode, String name, String latinName,
                              @Nullable LocalDate birthDate, List<String> otherNames, List<String> languages, List<String> handles,
                              List<String> familyAtRisk, List<IdentityRecord> identityEvidence) {

    public ApplicantRecord {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(organizationId, "organizationId");
        otherNames = List.copyOf(otherNames);
        languages = List.copyOf(languages);
        handles = List.copyOf(handles);
        familyAtRisk = List.copyOf(familyAtRisk);
        identityEvidence = List.copyOf(identityEvidence);
    }

    @Override
    public String toString() {
        return "ApplicantRecord[" + caseId + ", REDACTED]";
    }

    /**
     * One piece of identity evidence other than a passport and who saw it when. {@code kind} is the name of the kind
     * (MILITARY_ID, WITNESS_STATEMENT, …); a witness statement's description may name the witness.
     */
    public record IdentityRecord(String kind, String description, String seenBy, LocalDate seenOn) {

        public boolean isWitness() {
            return "WITNESS_STATEMENT".equals(kind);
        }

        @Override
        public String toString() {
            return "IdentityRecord[" + kind + ", REDACTED]";
        }
    }
}
