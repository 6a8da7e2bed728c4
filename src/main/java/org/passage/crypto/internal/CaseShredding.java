package org.passage.crypto.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.crypto.CaseKeys;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link CaseKeys}: destroying a case's key empties its {@code case_keyset} row in the caller's transaction and
 * deletes its erasure key file once that transaction committed. A crash between the two leaves a file whose row is
 * empty; {@link #deleteLeftoverErasureKeys} (run at every retention run) deletes it.
 */
final class CaseShredding implements CaseKeys {

    private final CaseKeysets keysets;
    private final ErasureKeys erasureKeys;
    private final CaseKeyring keyring;
    private final CaseResealing resealing;
    private final ObjectProvider<SealedColumn> columns;

    CaseShredding(CaseKeysets keysets, ErasureKeys erasureKeys, CaseKeyring keyring, CaseResealing resealing,
                  ObjectProvider<SealedColumn> columns) {
        this.keysets = keysets;
        this.erasureKeys = erasureKeys;
        this.keyring = keyring;
        this.resealing = resealing;
        this.columns = columns;
    }

    @Override
    public void destroy(UUID organizationId, UUID caseId) {
        keysets.erase(caseId, organizationId);
        keyring.forget(caseId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keyring.forget(caseId);
                    deleteErasureKey(caseId);
                }
            });
        } else {
            deleteErasureKey(caseId);
        }
    }

    @Override
    public boolean destroyed(UUID caseId) {
        return keysets.find(caseId).map(CaseKeysets.Row::erased).orElse(false);
    }

    @Override
    public Resealed sealByCase(@Nullable UUID onlyCase, int batchSize, RotationProgress progress) {
        return resealing.run(columns.orderedStream().toList(), onlyCase, batchSize, progress);
    }

    @Override
    public int deleteLeftoverErasureKeys() {
        try {
            List<UUID> erased = keysets.erased(erasureKeys.cases());
            erased.forEach(this::deleteErasureKey);
            return erased.size();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the erasure keys", e);
        }
    }

    private void deleteErasureKey(UUID caseId) {
        try {
            erasureKeys.delete(caseId);
        } catch (IOException e) {
            throw new UncheckedIOException("the key of case " + caseId + " was destroyed in the database, but its erasure key file "
                    + "could not be deleted (the next retention run retries): " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "CaseShredding";
    }
}
