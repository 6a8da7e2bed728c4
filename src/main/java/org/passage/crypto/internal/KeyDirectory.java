package org.passage.crypto.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@code <keys-dir>}: a directory only the service account can enter (0700) holding files only it can
 * read (0600). Files are written to a temporary file first and moved into place, so a crash never leaves a
 * half-written key.
 */
final class KeyDirectory {

    private final Path directory;

    KeyDirectory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path resolve(String name) {
        return directory.resolve(name);
    }

    /** Writes {@code name} unless it exists; returns false if another process got there first. */
    boolean createNew(String name, String content) throws IOException {
        Path temporary = writeTemporary(name, content);
        try {
            Files.move(temporary, resolve(name));
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Atomically replaces {@code name} (used by master key rotation). */
    void replace(String name, String content) throws IOException {
        Path temporary = writeTemporary(name, content);
        try {
            Files.move(temporary, resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Path writeTemporary(String name, String content) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        Path temporary = Files.createTempFile(directory, name, ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, content);
        return temporary;
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
