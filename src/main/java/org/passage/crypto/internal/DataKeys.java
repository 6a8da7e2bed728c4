package org.passage.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each organization's data keysets, unwrapped once and kept in memory. Created on first use, in a transaction
 * of their own: a keyset must never vanish with a caller's rollback while values sealed under it live on.
 * A cached keyset is re-checked against its stored version every {@link #RECHECK}, and at once when a value
 * does not open, so servers follow a rotation done by {@code passage keys rotate} without restarting.
 */
@Component
class DataKeys {

    static final Duration RECHECK = Duration.ofSeconds(30);

    static {
        TinkPrimitives.registered();
    }

    /** An organization's unwrapped primitives. Holds key material: never printed. */
    record OrganizationKeys(UUID organization, KeysetHandle dataKeyset, Aead aead, PrfSet index, int version, Instant checkedAt) {

        int primaryKeyId() {
            return dataKeyset.getPrimary().getId();
        }

        OrganizationKeys checkedAt(Instant now) {
            return new OrganizationKeys(organization, dataKeyset, aead, index, version, now);
        }

        @Override
        public String toString() {
            return "OrganizationKeys[" + organization + ", version " + version + ", REDACTED]";
        }
    }

    private final OrganizationKeysets keysets;
    private final MasterKeyring master;
    private final TransactionTemplate separate;
    private final Clock clock = Clock.systemUTC();
    private final Map<UUID, OrganizationKeys> cache = new ConcurrentHashMap<>();

    DataKeys(OrganizationKeysets keysets, MasterKeyring master, PlatformTransactionManager transactions) {
        this.keysets = keysets;
        this.master = master;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    OrganizationKeys keys(UUID organization) {
        OrganizationKeys cached = cache.get(organization);
        Instant now = clock.instant();
        if (cached != null && cached.checkedAt().plus(RECHECK).isAfter(now)) {
            return cached;
        }
        Integer version = keysets.version(organization).orElse(null);
        if (cached != null && version != null && version == cached.version()) {
            OrganizationKeys rechecked = cached.checkedAt(now);
            cache.put(organization, rechecked);
            return rechecked;
        }
        if (version == null) {
            return cache(unwrap(create(organization)));
        }
        return load(organization);
    }

    /** Reloads if the stored keyset changed since it was cached; null if it did not (so retrying is pointless). */
    @Nullable OrganizationKeys reloadIfChanged(UUID organization) {
        OrganizationKeys cached = cache.get(organization);
        Integer version = keysets.version(organization).orElse(null);
        if (version == null || (cached != null && cached.version() == version)) {
            return null;
        }
        return load(organization);
    }

    void forget(UUID organization) {
        cache.remove(organization);
    }

    OrganizationKeys load(UUID organization) {
        OrganizationKeysets.Row row = keysets.find(organization)
                .orElseThrow(() -> new IllegalStateException("organization " + organization + " has no keyset"));
        return cache(unwrap(row));
    }

    private OrganizationKeys cache(OrganizationKeys keys) {
        cache.put(keys.organization(), keys);
        return keys;
    }

    OrganizationKeys unwrap(OrganizationKeysets.Row row) {
        UUID organization = row.organizationId();
        try {
            KeysetHandle data = master.unwrap(row.dataKeyset(), wrappingData(organization, "data"));
            KeysetHandle index = master.unwrap(row.indexKeyset(), wrappingData(organization, "index"));
            return new OrganizationKeys(organization, data, data.getPrimitive(RegistryConfiguration.get(), Aead.class),
                    index.getPrimitive(RegistryConfiguration.get(), PrfSet.class), row.version(), clock.instant());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the keysets of organization " + organization + " cannot be unwrapped with the master key from "
                    + master.describe() + ": this is not the master key they were wrapped with (or they were altered). "
                    + "Restore the right key file or PASSAGE_MASTER_KEY.", e);
        }
    }

    /**
     * Creates the keysets (unless another process just did) and reads back whichever won, both in a
     * transaction of its own: the caller's snapshot may predate the insert.
     */
    private OrganizationKeysets.Row create(UUID organization) {
        try {
            KeysetHandle data = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            KeysetHandle index = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
            byte[] wrappedData = master.wrap(data, wrappingData(organization, "data"));
            byte[] wrappedIndex = master.wrap(index, wrappingData(organization, "index"));
            return separate.execute(status -> {
                keysets.insertIfAbsent(organization, wrappedData, wrappedIndex);
                return keysets.find(organization).orElseThrow();
            });
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not create the keysets of organization " + organization, e);
        }
    }

    /** Binds a wrapped keyset to its organization and purpose: copied to another row, it does not unwrap. */
    static byte[] wrappingData(UUID organization, String purpose) {
        return ("passage/keyset/v1/" + organization + "/" + purpose).getBytes(StandardCharsets.UTF_8);
    }
}
