package org.passage.audit;

import org.jspecify.annotations.Nullable;

/**
 * Checks the whole audit trail against its hash chain, for an operator ({@code passage audit verify}) or a
 * scheduled check: every edited, deleted or reordered event is named. The verification is itself audited.
 */
public interface AuditVerification {

    default ChainReport verify() {
        return verify(null);
    }

    /** With a head noted earlier outside Passage, also catches events deleted from the end along with the head. */
    ChainReport verify(@Nullable NotedHead noted);
}
