package org.passage.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.passage.cases.Stage;

/**
 * Retention for an operator ({@code passage retention run}) and the schedule: which cases the rules say to erase, and
 * erasing them. A dry run only reads: it changes nothing, not even the audit trail.
 */
public interface Retention {

    /** A case a rule says to erase: its code and facts, never its content. {@code onHold}: a legal hold keeps it. */
    record Due(String caseCode, UUID organizationId, Stage stage, Instant lastChange, String rule, boolean onHold) {
    }

    /**
     * What a run found and did: the cases due, how many were erased and how many kept by a hold; values of cases moved
     * under their case's key (data from before per-case keys) and erasure keys left over by an interrupted erasure.
     */
    record Report(boolean dryRun, List<Due> due, int erased, int held, long resealed, long resealPending, int leftoverKeysDeleted) {
    }

    Report run(boolean dryRun);

    /** The organization's deletion records, newest first. */
    List<DeletionRecord> records(UUID organizationId);

    /** Whether the record's signature verifies under the organization's public signing key and its fields match the statement. */
    boolean verifies(DeletionRecord record);
}
