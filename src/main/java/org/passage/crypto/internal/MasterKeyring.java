package org.passage.crypto.internal;

import com.google.crypto.tink.KeysetHandle;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.passage.crypto.internal.MasterKey.Source;

/**
 * Where the master key comes from, in this order: a KMS URI ({@code passage.crypto.master-key-uri}, refused:
 * this build has no KMS client), {@code PASSAGE_MASTER_KEY} (base64 of a Tink keyset), or the key file
 * {@code <keys-dir>/master-keyset.json}, created on first start. It re-reads the file when a keyset no
 * longer unwraps, because {@code passage keys rotate} in another process may have replaced it.
 */
final class MasterKeyring {

    static final String FILE_NAME = "master-keyset.json";

    private final KeyDirectory keys;
    private final String fromEnvironment;
    private final AtomicReference<MasterKey> current = new AtomicReference<>();

    private MasterKeyring(KeyDirectory keys, String fromEnvironment, MasterKey initial) {
        this.keys = keys;
        this.fromEnvironment = fromEnvironment;
        this.current.set(initial);
    }

    /**
     * Loads the master key. A missing key file is created only when {@code mayCreate}: when the database
     * already holds wrapped keysets, a new key could open none of them, so we stop instead.
     */
    static MasterKeyring load(String kmsUri, String fromEnvironment, KeyDirectory keys, boolean mayCreate) {
        if (!kmsUri.isBlank()) {
            String scheme = schemeOf(kmsUri.strip());
            throw new IllegalStateException("passage.crypto.master-key-uri is set (scheme '" + scheme + "'), but KMS master keys ("
                    + "gcp-kms://, aws-kms://, hcvault://) are not supported in this build: it includes no KMS client. "
                    + "Use the key file " + keys.resolve(FILE_NAME) + " or PASSAGE_MASTER_KEY (base64 of a Tink AEAD keyset).");
        }
        if (!fromEnvironment.isBlank()) {
            return new MasterKeyring(keys, fromEnvironment, fromEnvironment(fromEnvironment));
        }
        Path file = keys.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                if (!mayCreate) {
                    throw new IllegalStateException("the database holds wrapped organization keysets but there is no master key at "
                            + file + " and PASSAGE_MASTER_KEY is not set: restore the key file from your backup "
                            + "(a new key could not open any of them)");
                }
                keys.createNew(FILE_NAME, MasterKey.generate(Source.FILE).toJson());
            }
            return new MasterKeyring(keys, "", readFile(file));
        } catch (IOException e) {
            throw new IllegalStateException("could not read or create the master key " + file + ": " + e.getMessage(), e);
        }
    }

    MasterKey current() {
        return current.get();
    }

    /** Unwraps with the current key, and once more after re-reading the key file if that fails. */
    KeysetHandle unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
        MasterKey key = current.get();
        try {
            return key.unwrap(wrapped, associatedData);
        } catch (GeneralSecurityException first) {
            MasterKey reread = reread();
            if (reread == null) {
                throw first;
            }
            return reread.unwrap(wrapped, associatedData);
        }
    }

    /**
     * Wraps under the primary key of the key file as it is now: a rotation in another process may have
     * replaced it, and a keyset wrapped under a key it is about to drop would be lost. Wrapping is rare.
     */
    byte[] wrap(KeysetHandle keyset, byte[] associatedData) throws GeneralSecurityException {
        MasterKey reread = reread();
        return (reread == null ? current.get() : reread).wrap(keyset, associatedData);
    }

    /** Replaces the key file (master rotation); refused when the key comes from the environment. */
    void replace(MasterKey next) throws IOException {
        if (current.get().source() != Source.FILE) {
            throw new IllegalStateException("the master key comes from PASSAGE_MASTER_KEY, which Passage cannot change: "
                    + "rotate it by wrapping with a key file first, or rotate only the data keys (--data-keys)");
        }
        keys.replace(FILE_NAME, next.toJson());
        current.set(next);
    }

    String describe() {
        MasterKey key = current.get();
        return key.source() == Source.FILE ? "the key file " + keys.resolve(FILE_NAME) + " (" + key + ")" : "PASSAGE_MASTER_KEY (" + key + ")";
    }

    private MasterKey reread() {
        if (!fromEnvironment.isBlank()) {
            return null;
        }
        try {
            MasterKey reread = readFile(keys.resolve(FILE_NAME));
            current.set(reread);
            return reread;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static MasterKey fromEnvironment(String base64) {
        try {
            return MasterKey.parse(Base64.getDecoder().decode(base64.strip()), Source.ENVIRONMENT);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("PASSAGE_MASTER_KEY must be base64 of a Tink AEAD keyset (JSON or binary)");
        }
    }

    private static MasterKey readFile(Path file) throws IOException {
        try {
            return MasterKey.parse(Files.readAllBytes(file), Source.FILE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file + " is not a Tink keyset: " + e.getMessage());
        }
    }

    private static String schemeOf(String uri) {
        try {
            String scheme = URI.create(uri).getScheme();
            return scheme == null ? "none" : scheme;
        } catch (IllegalArgumentException e) {
            return "unparseable";
        }
    }
}
