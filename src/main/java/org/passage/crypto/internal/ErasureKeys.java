package org.passage.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Each case's erasure key: a small Tink AEAD keyset in {@code <keys-dir>/cases/<case id>.json}, outside the
 * database and so outside every database backup. It encrypts the case's data keyset; deleting the file is what
 * makes a case's values unreadable in copies of the database taken before the erasure.
 */
final class ErasureKeys {

    static {
        TinkPrimitives.registered();
    }

    private final KeyDirectory directory;

    ErasureKeys(KeyDirectory directory) {
        this.directory = directory;
    }

    /** The case's erasure key, created if it has none (another process may have created it first: then that one). */
    Aead getOrCreate(UUID caseId) throws GeneralSecurityException, IOException {
        Optional<Aead> existing = find(caseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        KeysetHandle keyset = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        directory.createNew(fileName(caseId), TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
        return find(caseId).orElseThrow(() -> new IOException("the erasure key of case " + caseId + " vanished as it was created"));
    }

    Optional<Aead> find(UUID caseId) throws GeneralSecurityException, IOException {
        try {
            String json = Files.readString(directory.resolve(fileName(caseId)));
            return Optional.of(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get())
                    .getPrimitive(RegistryConfiguration.get(), Aead.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    boolean exists(UUID caseId) {
        return Files.exists(directory.resolve(fileName(caseId)));
    }

    /** Deletes the case's erasure key; true if there was one. */
    boolean delete(UUID caseId) throws IOException {
        return Files.deleteIfExists(directory.resolve(fileName(caseId)));
    }

    /** The cases that have an erasure key here. */
    List<UUID> cases() throws IOException {
        Path dir = directory.resolve(".");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .flatMap(n -> {
                        try {
                            return Stream.of(UUID.fromString(n));
                        } catch (IllegalArgumentException notOurs) {
                            return Stream.empty();
                        }
                    }).toList();
        }
    }

    private static String fileName(UUID caseId) {
        return caseId + ".json";
    }

    @Override
    public String toString() {
        return "ErasureKeys[" + directory + "]";
    }
}
