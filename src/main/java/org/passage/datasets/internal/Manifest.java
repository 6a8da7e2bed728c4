package org.passage.datasets.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.passage.datasets.DatasetFile;

/**
 * What one version holds: per file its SHA-256, size and path (the lines of {@code sha256sum}), the version's own
 * SHA-256 over those lines, and the record count of the files whose format is known. Reading it checks every file.
 */
record Manifest(Map<String, String> sha256ByPath, long sizeBytes, long records, String sha256, String text) {

    static Manifest of(Path folder, String where, Function<String, DatasetFile.@Nullable Format> formatOf) {
        Map<String, String> hashes = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        long size = 0;
        long records = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                String hash = sha256(file);
                long bytes = Files.size(file);
                DatasetFile.Format format = formatOf.apply(path);
                if (format != null) {
                    records += ContentCheck.records(where + " " + path, format, file);
                }
                hashes.put(path, hash);
                size += bytes;
                text.append(hash).append("  ").append(bytes).append("  ").append(path).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifest(Map.copyOf(hashes), size, records, sha256(text.toString().getBytes(StandardCharsets.UTF_8)), text.toString());
    }

    static Map<String, String> parse(String text) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("  ", 3);
            if (parts.length == 3) {
                hashes.put(parts[2], parts[0]);
            }
        }
        return hashes;
    }

    /** "first version", "unchanged", or "2 files added, 1 changed; 1,234 records (was 1,200)". */
    String changeSince(@Nullable String previousText, long previousRecords) {
        if (previousText == null) {
            return "first version";
        }
        Map<String, String> before = parse(previousText);
        long added = sha256ByPath.keySet().stream().filter(p -> !before.containsKey(p)).count();
        long removed = before.keySet().stream().filter(p -> !sha256ByPath.containsKey(p)).count();
        long changed = sha256ByPath.entrySet().stream().filter(e -> before.containsKey(e.getKey()) && !before.get(e.getKey()).equals(e.getValue())).count();
        if (added + removed + changed == 0) {
            return "unchanged";
        }
        return added + " files added, " + removed + " removed, " + changed + " changed; " + records + " records (was " + previousRecords + ")";
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
