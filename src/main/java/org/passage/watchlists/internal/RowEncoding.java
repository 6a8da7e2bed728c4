package org.passage.watchlists.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.passage.watchlists.InvalidWatchlistInput;
import org.passage.watchlists.ListedEntity;

/**
 * Turns sourced entities into rows of COPY text: each entity is checked ({@link EntityRules}), hashed over its
 * schema, caption and sorted properties, and appended to a buffer. It holds one entity plus the ids seen so far,
 * to refuse an id that repeats with other content (the same entity printed twice is kept once). Used by one
 * thread at a time.
 */
final class RowEncoding {

    private final String rowPrefix;
    private final StringBuilder line = new StringBuilder(1024);
    private final Map<String, Long> seen = new HashMap<>();
    private final MessageDigest sha = sha256();
    private final List<String> warnings = new ArrayList<>();
    private long count;
    private long warningCount;

    /** @param rowPrefix columns written before each row's own (the list and version of a first import), or "" */
    RowEncoding(String rowPrefix) {
        this.rowPrefix = rowPrefix;
    }

    /** Appends the entity's row to {@code rows}, unless it repeats an earlier record. */
    void encode(SourcedEntity sourced, ByteArrayOutputStream rows) {
        ListedEntity entity = EntityRules.check(sourced, warning -> {
            if (warningCount++ < StagingTable.KEPT_WARNINGS) {
                warnings.add(warning);
            }
        });
        String properties = Json.MAPPER.writeValueAsString(new TreeMap<>(entity.properties()));
        sha.update(entity.schema().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(entity.caption().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        byte[] hash = sha.digest(properties.getBytes(StandardCharsets.UTF_8));
        long shortHash = ByteBuffer.wrap(hash).getLong();
        Long before = seen.putIfAbsent(entity.id(), shortHash);
        if (before != null) {
            if (before == shortHash) {
                return;
            }
            throw new InvalidWatchlistInput(sourced.record(), "id", "'" + entity.id() + "' was already used by an earlier record with other content");
        }
        line.setLength(0);
        line.append(rowPrefix);
        escape(entity.id()).append('\t');
        escape(entity.schema()).append('\t');
        escape(entity.caption()).append('\t');
        escape(entity.dataset()).append('\t');
        escape(properties).append('\t');
        line.append("\\\\x").append(HexFormat.of().formatHex(hash)).append('\t');
        escape(sourced.record()).append('\n');
        rows.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        count++;
    }

    long count() {
        return count;
    }

    long warningCount() {
        return warningCount;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** COPY text format: backslash, tab and line breaks escaped. */
    private StringBuilder escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
        return line;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
