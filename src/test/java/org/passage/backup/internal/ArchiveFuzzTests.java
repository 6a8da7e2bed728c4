package org.passage.backup.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.passage.backup.BackupManifest;
import org.passage.backup.BackupRefused;
import tools.jackson.databind.json.JsonMapper;

/** Whatever bytes arrive as an archive, reading it gives its manifest or refuses it with a reason, never anything else. */
class ArchiveFuzzTests {

    private static final StreamingAead KEY;
    private static final byte[] VALID;

    static {
        try {
            StreamingAeadConfig.register();
            KEY = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES128_GCM_HKDF_4KB).getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
            byte[] table = "1\tK7QM-2XPD\t\\\\x0102\n2\tAB2C-DE3F\t\\N\n".getBytes(StandardCharsets.UTF_8);
            var measured = new Archive.Measured(java.io.OutputStream.nullOutputStream());
            measured.write(table);
            var manifest = new BackupManifest(BackupManifest.FORMAT, Instant.parse("2026-12-06T04:00:00Z"), List.of("1.0.0:123"),
                    List.of(new BackupManifest.Table("cases", measured.lines, measured.bytes, measured.sha256Hex())));
            var out = new ByteArrayOutputStream();
            try (var encrypted = Archive.encrypting(out, KEY, manifest.createdAt()); var zip = new ZipOutputStream(encrypted)) {
                zip.putNextEntry(new ZipEntry(ArchiveReading.TABLES + "cases"));
                zip.write(table);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(ArchiveReading.MANIFEST));
                zip.write(JsonMapper.builder().build().writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            VALID = out.toByteArray();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void readsOrRefuses(byte[] input) {
        check(input);
        byte[] mutated = VALID.clone();
        for (int i = 0; i + 1 < input.length && i < 16; i += 2) {
            mutated[Math.floorMod(input[i] * 131 + i, mutated.length)] = input[i + 1];
        }
        check(mutated);
        check(java.util.Arrays.copyOf(VALID, Math.floorMod(input.length * 7919, VALID.length + 1)));
    }

    private static void check(byte[] input) {
        try {
            var manifest = ArchiveReading.read(new ByteArrayInputStream(input), KEY, "fuzzed", "fuzz key", ArchiveReading.DISCARD);
            if (!java.util.Arrays.equals(input, VALID)) {
                throw new AssertionError("an altered archive was accepted: " + manifest);
            }
        } catch (BackupRefused expected) {
            // refused with a reason
        }
    }
}
