package org.passage.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.UnsealingFailed;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each case's data key, unwrapped once and kept in a bounded cache (a case page opens dozens of values; unwrapping
 * per value would cost a query and two decryptions each). A key is created on first use in a transaction of its
 * own, like the organizations' keys. The keyset is encrypted by the case's erasure key (outside the database) and
 * then sealed by the organization's data key as the value of {@code case_keyset.keyset}, so that data key rotation
 * re-encrypts it like any sealed column. A cached key older than {@link #RECHECK} is kept only while its erasure key
 * file still exists, so a server notices within that time that another node (sharing the keys directory) erased a case.
 */
final class CaseKeyring {

    static final Duration RECHECK = Duration.ofSeconds(30);

    static {
        TinkPrimitives.registered();
    }

    private record Cached(UUID organization, Aead aead, long loadedAt) {
        @Override
        public String toString() {
            return "CaseKey[" + organization + ", REDACTED]";
        }
    }

    private final CaseKeysets keysets;
    private final ErasureKeys erasureKeys;
    private final DataKeys organizationKeys;
    private final TransactionTemplate separate;
    private final Map<UUID, Cached> cache;

    CaseKeyring(CaseKeysets keysets, ErasureKeys erasureKeys, DataKeys organizationKeys, PlatformTransactionManager transactions, int capacity) {
        this.keysets = keysets;
        this.erasureKeys = erasureKeys;
        this.organizationKeys = organizationKeys;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The case's key for sealing, created on first use; refused for an erased case. */
    Aead forSealing(UUID organization, UUID caseId) {
        Aead cached = cached(organization, caseId);
        if (cached != null) {
            return cached;
        }
        try {
            var row = keysets.find(caseId);
            if (row.isEmpty()) {
                row = separate.execute(status -> {
                    create(organization, caseId);
                    return keysets.find(caseId);
                });
            }
            return remember(organization, caseId, unwrap(organization, caseId, row.orElseThrow()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not create or open the key of case " + caseId, e);
        }
    }

    /** The case's key for opening; {@link UnsealingFailed} when the case was erased or its key is gone. */
    Aead forOpening(UUID organization, UUID caseId, AssociatedData where) {
        Aead cached = cached(organization, caseId);
        if (cached != null) {
            return cached;
        }
        var row = keysets.find(caseId).orElseThrow(() -> gone(where, caseId, "has no key"));
        try {
            return remember(organization, caseId, unwrap(organization, caseId, row));
        } catch (GeneralSecurityException | IOException e) {
            throw gone(where, caseId, "has a key that does not open");
        }
    }

    /** Forgets the case's key in this process (after it was destroyed). */
    void forget(UUID caseId) {
        synchronized (cache) {
            cache.remove(caseId);
        }
    }

    private Aead unwrap(UUID organization, UUID caseId, CaseKeysets.Row row) throws GeneralSecurityException, IOException {
        if (row.erased()) {
            throw new GeneralSecurityException("case " + caseId + " was erased");
        }
        if (!row.organizationId().equals(organization)) {
            throw new GeneralSecurityException("case " + caseId + " belongs to another organization");
        }
        Aead erasureKey = erasureKeys.find(caseId).orElseThrow(() -> new GeneralSecurityException("the erasure key of case " + caseId + " is gone"));
        byte[] encrypted = Base64.getDecoder().decode(openSealed(organization, caseId, row.sealedKeyset()));
        KeysetHandle keyset = TinkProtoKeysetFormat.parseEncryptedKeyset(encrypted, erasureKey, wrappingData(organization, caseId));
        return keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }

    private void create(UUID organization, UUID caseId) {
        try {
            Aead erasureKey = erasureKeys.getOrCreate(caseId);
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] encrypted = TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, erasureKey, wrappingData(organization, caseId));
            byte[] sealed = organizationKeys.keys(organization).aead()
                    .encrypt(Base64.getEncoder().encodeToString(encrypted).getBytes(StandardCharsets.UTF_8), keysetPlace(organization, caseId));
            keysets.insertIfAbsent(caseId, organization, sealed);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not create the key of case " + caseId, e);
        }
    }

    /** Opens the organization's seal around the keyset, once more after reloading if the organization's key was rotated meanwhile. */
    private String openSealed(UUID organization, UUID caseId, byte[] sealed) throws GeneralSecurityException {
        byte[] place = keysetPlace(organization, caseId);
        try {
            return new String(organizationKeys.keys(organization).aead().decrypt(sealed, place), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException first) {
            var reloaded = organizationKeys.reloadIfChanged(organization);
            if (reloaded == null) {
                throw first;
            }
            return new String(reloaded.aead().decrypt(sealed, place), StandardCharsets.UTF_8);
        }
    }

    /** Where the sealed keyset sits, bound exactly as {@link TinkSealing} binds a value of that column and row. */
    static byte[] keysetPlace(UUID organization, UUID caseId) {
        return TinkSealing.bound(organization, new AssociatedData(CaseKeysets.TABLE, CaseKeysets.COLUMN, caseId));
    }

    static byte[] wrappingData(UUID organization, UUID caseId) {
        return ("passage/case-keyset/v1/" + organization + "/" + caseId).getBytes(StandardCharsets.UTF_8);
    }

    private @Nullable Aead cached(UUID organization, UUID caseId) {
        Cached found;
        synchronized (cache) {
            found = cache.get(caseId);
        }
        if (found == null) {
            return null;
        }
        if (!found.organization().equals(organization)) {
            return null;
        }
        if (System.nanoTime() - found.loadedAt() > RECHECK.toNanos()) {
            // another node may have erased the case: its erasure key file is gone then (one stat, no query)
            if (!erasureKeys.exists(caseId)) {
                forget(caseId);
                return null;
            }
            remember(organization, caseId, found.aead());
        }
        return found.aead();
    }

    private Aead remember(UUID organization, UUID caseId, Aead aead) {
        synchronized (cache) {
            cache.put(caseId, new Cached(organization, aead, System.nanoTime()));
        }
        return aead;
    }

    private static UnsealingFailed gone(AssociatedData where, UUID caseId, String why) {
        return new UnsealingFailed("the sealed value in " + where.table() + "." + where.column() + " of row " + where.rowId()
                + " belongs to case " + caseId + ", which " + why + ": the case was erased, or its key is not in this installation");
    }

    @Override
    public String toString() {
        return "CaseKeyring[REDACTED]";
    }
}
