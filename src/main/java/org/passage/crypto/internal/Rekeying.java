package org.passage.crypto.internal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.crypto.KeyRotation;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code passage keys rotate}. Master rotation writes a key file holding the old and a new primary key,
 * re-wraps every organization's keysets under the new one, checks that each now opens under it alone and
 * only then drops the old key. Data key rotation adds a new primary key to an organization's AEAD keyset
 * and re-encrypts every registered {@link SealedColumn}; the old keys stay in the keyset (disabled keys would
 * make any value a feature forgot to register unreadable). The index (blind index) keyset is never rotated:
 * blind indexes cannot be recomputed without the plaintext of every indexed value.
 */
@Component
class Rekeying implements KeyRotation {

    private final MasterKeyring master;
    private final OrganizationKeysets keysets;
    private final DataKeys dataKeys;
    private final SigningKeys signingKeys;
    private final ColumnReencryption reencryption;
    private final ObjectProvider<SealedColumn> columns;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    /** How long after a rotation servers may still seal under the old key; tests shorten it. */
    Duration settle = DataKeys.RECHECK.multipliedBy(2);

    Rekeying(MasterKeyring master, OrganizationKeysets keysets, DataKeys dataKeys, SigningKeys signingKeys, ColumnReencryption reencryption,
                ObjectProvider<SealedColumn> columns, AuditTrail audit, PlatformTransactionManager transactions) {
        this.master = master;
        this.keysets = keysets;
        this.dataKeys = dataKeys;
        this.signingKeys = signingKeys;
        this.reencryption = reencryption;
        this.columns = columns;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public List<UUID> organizations() {
        return keysets.organizations();
    }

    /** Every {@link SealedColumn} bean the features declared. */
    @Override
    public List<SealedColumn> columns() {
        return columns.orderedStream().toList();
    }

    /** False when the master key comes from PASSAGE_MASTER_KEY, which Passage cannot rewrite. */
    @Override
    public boolean masterKeyIsReplaceable() {
        return master.current().source() == MasterKey.Source.FILE;
    }

    /** Returns the new master key id. Resumes a rotation that was interrupted (the key file then holds several keys). */
    @Override
    public int rotateMaster(RotationProgress progress) {
        // written before anything changes, so that a process killed mid-rotation leaves a trace (UnfinishedRotations)
        audit.record(AuditEvent.of("keys.rotate.master.started", "master_key", master.current().primaryKeyId(), null)
                .withDetail("rotation started"));
        try {
            MasterKey current = master.current();
            if (current.source() != MasterKey.Source.FILE) {
                throw new IllegalStateException("the master key comes from PASSAGE_MASTER_KEY, which Passage cannot replace: "
                        + "set a new PASSAGE_MASTER_KEY holding both keys, or rotate only the data keys (--data-keys)");
            }
            MasterKey next = current.size() > 1 ? current : current.withNewPrimary();
            if (next != current) {
                master.replace(next);
                progress.note("Master key: new primary key " + next.primaryKeyId() + " written to the key file");
            } else {
                progress.note("Master key: resuming the rotation to key " + next.primaryKeyId());
            }
            List<UUID> organizations = keysets.organizations();
            int done = 0;
            for (UUID organization : organizations) {
                rewrap(organization);
                progress.note("Master key: re-wrapped " + (++done) + "/" + organizations.size() + " organization keysets");
            }
            signingKeys.rewrapAll(); // the dossier signing keysets are wrapped by the master key too
            MasterKey only = next.withPrimaryOnly();
            for (UUID organization : keysets.organizations()) { // one written meanwhile by a server under the old key?
                var row = keysets.find(organization).orElseThrow();
                try {
                    only.unwrap(row.dataKeyset(), DataKeys.wrappingData(organization, "data"));
                    only.unwrap(row.indexKeyset(), DataKeys.wrappingData(organization, "index"));
                } catch (GeneralSecurityException stillOld) {
                    rewrap(organization);
                }
            }
            master.replace(only);
            progress.note("Master key: old keys removed; the key file now holds key " + only.primaryKeyId() + " only. Back it up.");
            audit.record(AuditEvent.of("keys.rotate.master", "master_key", only.primaryKeyId(), null)
                    .withDetail("completed: re-wrapped " + organizations.size() + " organization keysets"));
            return only.primaryKeyId();
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            audit.record(new AuditEvent("keys.rotate.master", "master_key", null, null, AuditEvent.Outcome.FAILED, shorten(e.getMessage())));
            throw e instanceof RuntimeException r ? r : new IllegalStateException("master key rotation failed: " + e.getMessage(), e);
        }
    }

    private void rewrap(UUID organization) {
        transactions.executeWithoutResult(status -> {
            var row = keysets.lock(organization).orElseThrow();
            try {
                KeysetHandle data = master.unwrap(row.dataKeyset(), DataKeys.wrappingData(organization, "data"));
                KeysetHandle index = master.unwrap(row.indexKeyset(), DataKeys.wrappingData(organization, "index"));
                keysets.rewrap(organization, master.wrap(data, DataKeys.wrappingData(organization, "data")),
                        master.wrap(index, DataKeys.wrappingData(organization, "index")));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the keysets of organization " + organization + " do not open with " + master.describe(), e);
            }
        });
        dataKeys.forget(organization);
    }

    /**
     * Gives the organization a new primary data key and re-encrypts its values, unless an earlier run was
     * interrupted: then it resumes under the key that run added. With {@code newKey = false} it only
     * re-encrypts what is not yet under the current primary key.
     */
    @Override
    public DataKeyRotated rotateDataKey(UUID organization, boolean newKey, int batchSize, RotationProgress progress) {
        audit.record(AuditEvent.of("keys.rotate.data.started", "organization_keyset", organization, organization)
                .withDetail(newKey ? "rotation started" : "re-encryption started"));
        try {
            boolean resumed = Boolean.TRUE.equals(transactions.execute(status -> addPrimaryUnlessPending(organization, newKey)));
            dataKeys.forget(organization);
            int primary = dataKeys.load(organization).primaryKeyId();
            progress.note("Organization " + organization + ": " + (resumed ? "resuming re-encryption under key " : newKey ? "new primary data key " : "re-encrypting under key ")
                    + primary);
            long reencrypted = 0;
            long unreadable = 0;
            long remaining = 0;
            for (int pass = 0; pass < 3; pass++) { // a further pass catches values written meanwhile under the old key
                unreadable = 0;
                remaining = 0;
                for (SealedColumn column : columns()) {
                    var outcome = reencryption.run(column, organization, primary, batchSize, progress);
                    reencrypted += outcome.reencrypted();
                    unreadable += outcome.unreadable();
                    remaining += outcome.remaining();
                }
                if (remaining == unreadable) {
                    break;
                }
            }
            transactions.executeWithoutResult(status -> keysets.reencrypted(organization));
            audit.record(AuditEvent.of("keys.rotate.data", "organization_keyset", organization, organization)
                    .withDetail("completed: key " + primary + ", re-encrypted " + reencrypted + " values in " + columns().size() + " columns"
                            + (unreadable > 0 ? ", " + unreadable + " values did not open" : "")));
            return new DataKeyRotated(organization, primary, resumed, reencrypted, unreadable, remaining);
        } catch (RuntimeException e) {
            audit.record(new AuditEvent("keys.rotate.data", "organization_keyset", organization.toString(), organization,
                    AuditEvent.Outcome.FAILED, shorten(e.getMessage())));
            throw e;
        }
    }

    /**
     * Removes every data key of the organization but the primary one, once no registered column holds a value
     * under any other: a leaked old key then opens nothing stored from now on. It first waits until running
     * servers must have noticed the rotation ({@link DataKeys#RECHECK}), since until then they may still seal
     * under the old key. Refused while a value is not yet under the primary key. Returns how many keys it removed.
     */
    @Override
    public int retireOldDataKeys(UUID organization, RotationProgress progress) {
        try {
            Instant settled = keysets.rotatedAt(organization).map(at -> at.plus(settle)).orElse(Instant.EPOCH);
            Duration wait = Duration.between(Instant.now(), settled);
            if (wait.isPositive()) {
                progress.note("Organization " + organization + ": waiting " + wait.toSeconds() + " s until running servers use the new key");
                sleep(wait);
            }
            Integer removed = transactions.execute(status -> removeNonPrimaryKeys(organization));
            dataKeys.forget(organization);
            progress.note("Organization " + organization + ": " + removed + " old data keys removed");
            audit.record(AuditEvent.of("keys.retire.data", "organization_keyset", organization, organization)
                    .withDetail("removed " + removed + " old data keys"));
            return removed == null ? 0 : removed;
        } catch (RuntimeException e) {
            audit.record(AuditEvent.of("keys.retire.data", "organization_keyset", organization, organization).failed(shorten(e.getMessage())));
            throw e;
        }
    }

    private int removeNonPrimaryKeys(UUID organization) {
        var row = keysets.lock(organization).orElseThrow(() -> new IllegalStateException("organization " + organization + " has no keyset"));
        if (row.reencryptionPending()) {
            throw new IllegalStateException("the data key rotation of organization " + organization + " has not finished: run keys rotate again first");
        }
        try {
            KeysetHandle current = master.unwrap(row.dataKeyset(), DataKeys.wrappingData(organization, "data"));
            int primary = current.getPrimary().getId();
            for (SealedColumn column : columns()) {
                long left = reencryption.count(column, organization, ColumnReencryption.prefixOf(primary));
                if (left > 0) {
                    throw new IllegalStateException(left + " values of organization " + organization + " in " + column.table() + "."
                            + column.column() + " are not under key " + primary + " yet: run keys rotate --reencrypt-only first");
                }
            }
            var builder = KeysetHandle.newBuilder(current);
            int removed = 0;
            for (int i = builder.size() - 1; i >= 0; i--) {
                if (!builder.getAt(i).isPrimary()) {
                    builder.deleteAt(i);
                    removed++;
                }
            }
            if (removed > 0) {
                keysets.replaceDataKeyset(organization, master.wrap(builder.build(), DataKeys.wrappingData(organization, "data")));
            }
            return removed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not retire the old data keys of organization " + organization + ": " + e.getMessage(), e);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for servers to pick up the new key", e);
        }
    }

    /** Returns true if a rotation was pending (and so nothing was added). */
    private boolean addPrimaryUnlessPending(UUID organization, boolean newKey) {
        var row = keysets.lock(organization).orElseThrow(() -> new IllegalStateException("organization " + organization + " has no keyset"));
        if (row.reencryptionPending() || !newKey) {
            return row.reencryptionPending();
        }
        try {
            KeysetHandle current = master.unwrap(row.dataKeyset(), DataKeys.wrappingData(organization, "data"));
            var builder = KeysetHandle.newBuilder(current);
            builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary());
            keysets.rotated(organization, master.wrap(builder.build(), DataKeys.wrappingData(organization, "data")));
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not add a data key for organization " + organization + ": " + e.getMessage(), e);
        }
    }

    private static String shorten(String message) {
        String text = message == null ? "" : message;
        return text.length() > 400 ? text.substring(0, 400) : text;
    }
}
