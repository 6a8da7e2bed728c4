package org.passage.cases;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The applicant's whole record as a document about him needs it (the dossier): names, birth date, contact
 * handles, family at risk and the evidence of his identity without a passport. The read goes through the
 * case's need-to-know policy for the logged-in staff member and is audited with its purpose.
 */
public interface ApplicantRecords {

    /** The applicant of a case the current staff member may read; {@link CaseRegister.NoSuchCase} otherwise. */
    ApplicantRecord read(CaseId caseId, String purpose);

    /** Everything recorded about the applicant. Personal data: {@link #toString()} is redacted. */
    record ApplicantRecord(CaseId caseId, UUID organizationId, String caseCode, String name, String latinName,
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
    }

    /**
     * One piece of identity evidence other than a passport and who saw it when. {@code kind} is the name of
     * the kind (MILITARY_ID, WITNESS_STATEMENT, …); a witness statement's description may name the witness.
     */
    record IdentityRecord(String kind, String description, String seenBy, LocalDate seenOn) {

        public boolean isWitness() {
            return "WITNESS_STATEMENT".equals(kind);
        }

        @Override
        public String toString() {
            return "IdentityRecord[" + kind + ", REDACTED]";
        }
    }
}
