package org.passage.backup.internal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * The key that encrypts backups: a Tink streaming AEAD keyset (AES256-GCM-HKDF, 1 MB segments) in
 * {@code <keys-dir>/backup-keyset.json}, next to the master key and never in an archive. Created by the first
 * backup; a restore needs it, so the keys directory of the installation that made the backup must be copied first.
 */
final class BackupKey {

    static final String FILE_NAME = "backup-keyset.json";

    static {
        try {
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path keys;

    BackupKey(Path keysDirectory) {
        this.keys = keysDirectory.toAbsolutePath().normalize();
    }

    Path file() {
        return keys.resolve(FILE_NAME);
    }

    /** The key for a new backup, created on first use (0600 in a 0700 directory, moved into place whole). */
    StreamingAead forWriting() throws IOException, GeneralSecurityException {
        if (!Files.exists(file())) {
            Files.createDirectories(keys);
            Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------"));
            Path temporary = Files.createTempFile(keys, FILE_NAME, ".new", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(temporary, TinkJsonProtoKeysetFormat.serializeKeyset(
                        KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB), InsecureSecretKeyAccess.get()));
                Files.move(temporary, file());
            } catch (FileAlreadyExistsException raced) {
                // another backup created it first: use that one
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        return forReading();
    }

    StreamingAead forReading() throws IOException, GeneralSecurityException {
        if (!Files.exists(file())) {
            throw new org.passage.backup.BackupRefused("there is no backup key at " + file() + ": copy the keys directory of the installation "
                    + "that made the backup into this one (the archive never contains its key)");
        }
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file()), InsecureSecretKeyAccess.get())
                .getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
    }

    @Override
    public String toString() {
        return "BackupKey[" + file() + ", REDACTED]";
    }
}
