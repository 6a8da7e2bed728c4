package org.passage.backup.internal;

import com.google.crypto.tink.StreamingAead;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.passage.backup.BackupManifest;
import org.passage.backup.BackupRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an archive: decrypts it, hands each table's data to a {@link TableReader} while hashing it, and checks
 * everything against the manifest at the end. Whatever the bytes, the answer is the manifest or {@link BackupRefused}
 * naming what is wrong (a fuzz test holds it to that).
 */
final class ArchiveReading {

    static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What is done with each table's data while the archive is read and checked. */
    interface TableReader {
        void read(String table, InputStream data) throws IOException;
    }

    static final TableReader DISCARD = (table, data) -> data.transferTo(OutputStream.nullOutputStream());

    private ArchiveReading() {
    }

    static BackupManifest read(InputStream file, StreamingAead key, String source, String keyName, TableReader reader) {
        Map<String, BackupManifest.Table> found = new HashMap<>();
        List<String> order = new ArrayList<>();
        BackupManifest manifest = null;
        try (InputStream decrypted = Archive.decrypting(file, key);
             ZipInputStream zip = new ZipInputStream(decrypted)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (manifest != null) {
                    throw new BackupRefused(source + " has an entry after its manifest: " + entry.getName());
                }
                if (entry.getName().equals(MANIFEST)) {
                    manifest = JSON.readValue(zip.readAllBytes(), BackupManifest.class);
                } else if (entry.getName().startsWith(TABLES)) {
                    String table = entry.getName().substring(TABLES.length());
                    var measured = new Archive.Measured(OutputStream.nullOutputStream());
                    var hashed = new Hashed(zip, measured);
                    reader.read(table, hashed);
                    hashed.transferTo(OutputStream.nullOutputStream());
                    found.put(table, new BackupManifest.Table(table, measured.lines, measured.bytes, measured.sha256Hex()));
                    order.add(table);
                } else {
                    throw new BackupRefused(source + " has an unknown entry: " + entry.getName());
                }
            }
        } catch (BackupRefused e) {
            throw e;
        } catch (ZipException | JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new BackupRefused(source + " is damaged inside its encryption (" + firstLine(e.getMessage()) + ")", e);
        } catch (IOException | GeneralSecurityException e) {
            throw new BackupRefused(source + " does not decrypt: it was altered, cut short, or not written with this installation's backup key "
                    + keyName + " (" + firstLine(e.getMessage()) + ")", e);
        }
        return checked(manifest, found, order, source);
    }

    private static BackupManifest checked(@Nullable BackupManifest manifest, Map<String, BackupManifest.Table> found, List<String> order, String source) {
        if (manifest == null) {
            throw new BackupRefused(source + " has no manifest: it was cut short");
        }
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new BackupRefused(source + " is in backup format " + manifest.format() + "; this Passage reads format " + BackupManifest.FORMAT);
        }
        List<String> listed = manifest.tables().stream().map(BackupManifest.Table::name).toList();
        if (!listed.equals(order)) {
            throw new BackupRefused(source + ": the tables in the archive " + order + " are not those of its manifest " + listed);
        }
        for (var table : manifest.tables()) {
            if (!table.equals(found.get(table.name()))) {
                throw new BackupRefused(source + ": table " + table.name() + " does not match its checksum in the manifest");
            }
        }
        return manifest;
    }

    /** Tink's stream errors run over several lines of internal state: the first says what happened. */
    static String firstLine(@Nullable String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }

    /** Passes one ZIP entry through, hashing it; closing it leaves the ZIP open for the next entry. */
    private static final class Hashed extends FilterInputStream {
        private final Archive.Measured measured;

        Hashed(InputStream in, Archive.Measured measured) {
            super(in);
            this.measured = measured;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                measured.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                measured.write(b, off, n);
            }
            return n;
        }

        @Override
        public void close() {
            // the next entry follows in the same stream
        }
    }
}
