package org.passage.backup.internal;

import com.google.crypto.tink.StreamingAead;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.passage.backup.BackupRefused;

/**
 * The archive's outer layer: a plaintext first line {@code PASSAGE-BACKUP/1 <created>} (so that a file is recognised
 * without its key), then a Tink streaming AEAD ciphertext of a ZIP of the tables and the manifest, with that line as
 * associated data. Every 1 MB segment is authenticated and the last one is marked, so a changed, swapped or cut-off
 * byte anywhere makes reading fail.
 */
final class Archive {

    static final String MAGIC = "PASSAGE-BACKUP/1";
    private static final Pattern HEADER = Pattern.compile("PASSAGE-BACKUP/1 (\\S{1,40})");

    private Archive() {
    }

    static byte[] header(Instant createdAt) {
        return (MAGIC + " " + createdAt + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    static OutputStream encrypting(OutputStream file, StreamingAead key, Instant createdAt) throws IOException, GeneralSecurityException {
        byte[] header = header(createdAt);
        file.write(header);
        return key.newEncryptingStream(file, header);
    }

    /** Reads the header line and returns the decrypting stream behind it. */
    static InputStream decrypting(InputStream file, StreamingAead key) throws IOException, GeneralSecurityException {
        var line = new ByteArrayOutputStream();
        for (int b = file.read(); b != '\n'; b = file.read()) {
            if (b < 0 || line.size() > 64) {
                throw new BackupRefused("not a Passage backup: the file does not start with " + MAGIC);
            }
            line.write(b);
        }
        String header = line.toString(StandardCharsets.US_ASCII);
        if (!HEADER.matcher(header).matches()) {
            throw new BackupRefused("not a Passage backup (or another format version): the first line is not '" + MAGIC + " <time>'");
        }
        return key.newDecryptingStream(file, (header + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** Counts bytes and lines and hashes what passes, without closing what it writes to (a ZIP entry). */
    static final class Measured extends FilterOutputStream {
        private final MessageDigest digest = sha256();
        long bytes;
        long lines;

        Measured(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
            lines += b == '\n' ? 1 : 0;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
            for (int i = off; i < off + len; i++) {
                lines += b[i] == '\n' ? 1 : 0;
            }
        }

        @Override
        public void close() throws IOException {
            flush(); // the ZIP entry stays open for the caller
        }

        String sha256Hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
