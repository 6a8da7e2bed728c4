package org.passage.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.CaseId;

/**
 * Evidence items kept for a case, Berkeley Protocol style. Every method checks need-to-know through
 * {@link org.passage.cases.CaseAccess} (read or change) and audits; every access is also written to the
 * item's chain of custody. A case the reader may not see, and an item not of that case, answer
 * {@link org.passage.cases.CaseRegister.NoSuchCase} / {@link NoSuchEvidence} (404).
 */
public interface EvidenceLocker {

    /**
     * Stores an item: SHA-256 over the original bytes (or over the URL's archived copy), the copy sealed with
     * the organization's key; the custody log starts with CAPTURED. Needs the change right on the case.
     *
     * @throws InvalidEvidence when a field is out of bounds (nothing is stored)
     */
    EvidenceItem capture(CaseId caseId, EvidenceInput input);

    List<EvidenceItem> ofCase(CaseId caseId);

    Optional<EvidenceItem> item(CaseId caseId, UUID evidenceId);

    /** The archived copy, decrypted; logs OPENED with the purpose. */
    EvidenceContent open(CaseId caseId, UUID evidenceId, String purpose);

    /** Logs TRANSFERRED (e.g. listed in a dossier exported to a consulate) without opening the copy. */
    void recordTransfer(CaseId caseId, UUID evidenceId, String recipient, String purpose);

    /** Logs EXPORTED (the copy itself left Passage, e.g. inside a dossier file) with the purpose. */
    void recordExport(CaseId caseId, UUID evidenceId, String recipient, String purpose);

    /** Re-computes the SHA-256 of the decrypted copy, compares it with the one taken at capture, logs VERIFIED. */
    Verification verify(CaseId caseId, UUID evidenceId);

    List<CustodyEvent> custody(CaseId caseId, UUID evidenceId);

    /** The result of a re-verification of an item's archived copy. */
    record Verification(UUID evidenceId, boolean matches, @org.jspecify.annotations.Nullable String expectedSha256,
                        @org.jspecify.annotations.Nullable String actualSha256) {
    }

    /** An evidence item that does not exist in this case (or that the reader may not know of): 404. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    final class NoSuchEvidence extends RuntimeException {
        public NoSuchEvidence() {
            super("no such evidence");
        }
    }
}
