package org.passage.crypto.internal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import org.passage.crypto.DetachedSignature;
import org.passage.crypto.OrganizationSigning;
import org.passage.crypto.PublicSigningKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link OrganizationSigning} on the table {@code organization_signing_keyset}: the private keyset wrapped by
 * the master key (bound to the organization and the purpose "signing"), created on first use in a transaction
 * of its own so that a rolled-back export never loses a key whose public half was already handed out.
 */
@Component
class SigningKeys implements OrganizationSigning {

    private record Row(byte[] wrapped, String publicKeyset) {
    }

    static {
        PublicSigningKey.keyId(0); // registers Tink's signature primitives
    }

    private final JdbcClient jdbc;
    private final MasterKeyring master;
    private final TransactionTemplate separate;
    /**
     * Public keys already parsed, by their published JSON (a new key is a new JSON): parsing builds Tink primitives,
     * and every case page shows the organization's key. Nothing secret is kept; bounded, cleared when full.
     */
    private final java.util.Map<String, PublicSigningKey> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    SigningKeys(JdbcClient jdbc, MasterKeyring master, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.master = master;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public DetachedSignature sign(UUID organizationId, byte[] data) {
        Row row = row(organizationId);
        try {
            KeysetHandle keyset = master.unwrap(row.wrapped(), DataKeys.wrappingData(organizationId, "signing"));
            byte[] signature = keyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class).sign(data);
            return new DetachedSignature(PublicSigningKey.keyId(keyset.getPrimary().getId()), signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing keyset of organization " + organizationId + " does not open with "
                    + master.describe(), e);
        }
    }

    @Override
    public PublicSigningKey publicKey(UUID organizationId) {
        String published = row(organizationId).publicKeyset();
        PublicSigningKey key = parsed.get(published);
        if (key == null) {
            if (parsed.size() >= 256) {
                parsed.clear();
            }
            key = PublicSigningKey.parse(published);
            parsed.put(published, key);
        }
        return key;
    }

    /** Re-wraps every signing keyset under the master key's current primary key (master rotation). */
    void rewrapAll() {
        List<UUID> organizations = jdbc.sql("select organization_id from organization_signing_keyset").query(UUID.class).list();
        for (UUID organization : organizations) {
            separate.executeWithoutResult(status -> {
                byte[] wrapped = jdbc.sql("select keyset from organization_signing_keyset where organization_id = ? for update")
                        .param(organization).query(byte[].class).single();
                try {
                    byte[] associated = DataKeys.wrappingData(organization, "signing");
                    KeysetHandle keyset = master.unwrap(wrapped, associated);
                    jdbc.sql("update organization_signing_keyset set keyset = ? where organization_id = ?")
                            .params(master.wrap(keyset, associated), organization).update();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("the signing keyset of organization " + organization + " does not open with "
                            + master.describe(), e);
                }
            });
        }
    }

    private Row row(UUID organization) {
        return find(organization).orElseGet(() -> create(organization));
    }

    private Optional<Row> find(UUID organization) {
        return jdbc.sql("select keyset, public_keyset from organization_signing_keyset where organization_id = ?").param(organization)
                .query((rs, n) -> new Row(rs.getBytes(1), rs.getString(2))).optional();
    }

    private Row create(UUID organization) {
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
            byte[] wrapped = master.wrap(keyset, DataKeys.wrappingData(organization, "signing"));
            String publicKeyset = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(keyset.getPublicKeysetHandle());
            return separate.execute(status -> {
                jdbc.sql("insert into organization_signing_keyset (organization_id, keyset, public_keyset) values (?, ?, ?) on conflict do nothing")
                        .params(organization, wrapped, publicKeyset).update();
                return find(organization).orElseThrow();
            });
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not create the signing keyset of organization " + organization, e);
        }
    }

    @Override
    public String toString() {
        return "SigningKeys";
    }
}
