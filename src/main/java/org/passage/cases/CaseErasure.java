package org.passage.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The system's door for retention: which cases have rested long enough, and marking one erased once its key was
 * destroyed. Nothing personal passes here (codes, stages and dates), so reading is not audited; the erasure is, by
 * the retention feature that decides it.
 */
public interface CaseErasure {

    /** A case as retention sees it: no personal data. {@code lastChange} is when the case itself last changed. */
    record RestingCase(CaseId id, UUID organizationId, String code, Stage stage, Instant lastChange) {
    }

    /** Cases not erased, in {@code stage}, unchanged since before {@code changedBefore}, oldest first. */
    List<RestingCase> resting(Stage stage, Instant changedBefore);

    /** One case not erased; empty when there is no such case or it was erased. */
    Optional<RestingCase> find(CaseId id);

    /**
     * Marks the case erased in the caller's transaction (after locking its row): from then on no page, list, search
     * or ticket shows it, and {@link CaseErased} is published. False when it was erased already.
     */
    boolean markErased(CaseId id);
}
