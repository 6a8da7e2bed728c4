package org.passage.crypto;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Each case's own data key, for crypto-shredding: values sealed with {@link AssociatedData#ofCase} open only with
 * it, and {@link #destroy} makes them unreadable for ever, in this database and in every copy of it.
 */
public interface CaseKeys {

    /** How a pass of {@link #sealByCase} ended: values moved under their case's key, values that did not open, values left. */
    record Resealed(long resealed, long unreadable, long remaining) {
    }

    /**
     * Destroys the key of the case, in the caller's transaction: once it commits, the case's erasure key outside the
     * database is deleted and no value sealed under the case's key opens again, here or in any backup.
     */
    void destroy(UUID organizationId, UUID caseId);

    /** Whether the case's key was destroyed. */
    boolean destroyed(UUID caseId);

    /**
     * Seals under their case's key the values of case columns still sealed under the organization's key (data sealed
     * before per-case keys existed), in short transactions, printing progress; only {@code onlyCase}'s when given.
     * Idempotent and resumable: values already under a case key are skipped.
     */
    Resealed sealByCase(@Nullable UUID onlyCase, int batchSize, RotationProgress progress);

    /** Deletes the erasure keys of cases erased in a transaction that committed but was interrupted before it deleted them. */
    int deleteLeftoverErasureKeys();
}
