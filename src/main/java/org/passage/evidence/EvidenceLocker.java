package org.passage.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.CaseRef;

/**
 * Evidence items kept for a case, Berkeley Protocol style. Every method takes the caller's ticket to the case
 * ({@link CaseRef}, from {@link org.passage.cases.Cases}, which checked need to know and audited the act once), so the
 * locker checks only that the ticket is the current staff member's; every access is written to the item's chain of
 * custody. An item not of that case answers {@link NoSuchEvidence} (404).
 */
public interface EvidenceLocker {

    /**
     * Stores an item: SHA-256 over the original bytes (or over the URL's archived copy), the copy sealed with
     * the organization's key; the custody log starts with CAPTURED. Needs a ticket to change the case (or a vetting
     * analyst's ticket to read it).
     *
     * @throws InvalidEvidence when a field is out of bounds (nothing is stored)
     */
    EvidenceItem capture(CaseRef ticket, EvidenceInput input);

    List<EvidenceItem> ofCase(CaseRef ticket);

    Optional<EvidenceItem> item(CaseRef ticket, UUID evidenceId);

    /** The archived copy, decrypted; logs OPENED with the purpose. */
    EvidenceContent open(CaseRef ticket, UUID evidenceId, String purpose);

    /** Logs TRANSFERRED (e.g. listed in a dossier exported to a consulate) without opening the copy. */
    void recordTransfer(CaseRef ticket, UUID evidenceId, String recipient, String purpose);

    /** Logs EXPORTED (the copy itself left Passage, e.g. inside a dossier file) with the purpose. */
    void recordExport(CaseRef ticket, UUID evidenceId, String recipient, String purpose);

    /** Re-computes the SHA-256 of the decrypted copy, compares it with the one taken at capture, logs VERIFIED. */
    Verification verify(CaseRef ticket, UUID evidenceId);

    List<CustodyEvent> custody(CaseRef ticket, UUID evidenceId);

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
