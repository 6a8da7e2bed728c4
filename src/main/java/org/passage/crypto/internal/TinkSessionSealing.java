package org.passage.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicReference;
import org.passage.crypto.SessionSealing;
import org.passage.crypto.UnsealingFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The session keyset lives in {@code system_keyset} wrapped by the master key, so every node opens what another
 * node sealed. The first node to need it creates it (a second one racing it keeps the row already there). When it
 * no longer unwraps — the master key was rotated and its old keys dropped — a new one replaces it: open sessions
 * end and their staff log in again, which is the right outcome after a key rotation.
 */
@Component
class TinkSessionSealing implements SessionSealing {

    private static final Logger log = LoggerFactory.getLogger(TinkSessionSealing.class);
    private static final String PURPOSE = "sessions";
    private static final byte[] WRAP_CONTEXT = "system_keyset:sessions".getBytes(StandardCharsets.UTF_8);

    private final JdbcClient jdbc;
    private final MasterKeyring master;
    private final AtomicReference<Aead> aead = new AtomicReference<>();

    TinkSessionSealing(JdbcClient jdbc, MasterKeyring master) {
        this.jdbc = jdbc;
        this.master = master;
    }

    @Override
    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        try {
            return aead().encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a session value", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, byte[] associatedData) {
        try {
            return aead().decrypt(sealed, associatedData);
        } catch (GeneralSecurityException e) {
            // another node may have replaced the keyset after a master rotation: read it once more
            aead.set(null);
            try {
                return aead().decrypt(sealed, associatedData);
            } catch (GeneralSecurityException again) {
                throw new UnsealingFailed("a session value did not open (altered, or sealed under a session key that was replaced)");
            }
        }
    }

    private Aead aead() throws GeneralSecurityException {
        Aead current = aead.get();
        if (current == null) {
            current = load().getPrimitive(RegistryConfiguration.get(), Aead.class);
            aead.set(current);
        }
        return current;
    }

    private KeysetHandle load() throws GeneralSecurityException {
        var wrapped = jdbc.sql("select wrapped from system_keyset where purpose = ?").param(PURPOSE).query(byte[].class).optional();
        if (wrapped.isPresent()) {
            try {
                return master.unwrap(wrapped.get(), WRAP_CONTEXT);
            } catch (GeneralSecurityException e) {
                log.warn("the session keyset no longer unwraps under the master key (rotated?): replacing it, open sessions end");
                KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                jdbc.sql("update system_keyset set wrapped = ?, created_at = now() where purpose = ? and wrapped = ?")
                        .params(master.wrap(fresh, WRAP_CONTEXT), PURPOSE, wrapped.get()).update();
                return reread();
            }
        }
        KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        jdbc.sql("insert into system_keyset (purpose, wrapped) values (?, ?) on conflict do nothing")
                .params(PURPOSE, master.wrap(fresh, WRAP_CONTEXT)).update();
        return reread();
    }

    /** What is in the table now: ours, or the one another node wrote first. */
    private KeysetHandle reread() throws GeneralSecurityException {
        byte[] stored = jdbc.sql("select wrapped from system_keyset where purpose = ?").param(PURPOSE).query(byte[].class).single();
        return master.unwrap(stored, WRAP_CONTEXT);
    }
}
