package org.passage.watchlists.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.InvalidWatchlistInput;
import org.passage.watchlists.ListedEntity;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A temporary table, dropped at commit, that one import streams its entities into with COPY. Each entity is
 * checked ({@link EntityRules}), hashed over its schema, caption and sorted properties, and written at once:
 * the Java side holds one entity plus the ids seen so far (to refuse an id that repeats with other content).
 */
final class StagingTable {

    static final String NAME = "watchlist_staging";
    private static final int FLUSH_BYTES = 1 << 20;

    private final Connection connection;

    StagingTable(Connection connection) {
        this.connection = connection;
    }

    void create() throws SQLException {
        try (var statement = connection.createStatement()) {
            // what an import writes is recomputable from its source: no need to wait for the disk at commit
            statement.execute("set local synchronous_commit = off");
            statement.execute("create temporary table " + NAME + " (entity_id text not null, schema text not null, caption text not null, "
                    + "dataset text not null, properties text not null, content_hash bytea not null, source_record text not null) on commit drop");
        }
    }

    /** What was staged: the entity count, and warnings (the first {@link #KEPT_WARNINGS} of {@code warningCount}). */
    record Staged(long entities, long warningCount, java.util.List<String> warnings) {
    }

    static final int KEPT_WARNINGS = 20;

    /** Streams the source into the staging table. */
    Staged fill(EntitySource source, SourceFiles files, ImportProgress progress) throws SQLException {
        return copy(source, files, progress, "copy " + NAME
                + " (entity_id, schema, caption, dataset, properties, content_hash, source_record) from stdin (format text)", "");
    }

    /**
     * The first version of a list has nothing to compare with: its entities are copied straight into
     * watchlist_entries (still inside the import's transaction), which halves what the server writes.
     */
    Staged fillFirstVersion(long listId, EntitySource source, SourceFiles files, ImportProgress progress) throws SQLException {
        return copy(source, files, progress, "copy watchlist_entries (watchlist_id, valid_from, entity_id, schema, caption, dataset, "
                + "properties, content_hash, source_record) from stdin (format text)", listId + "\t1\t");
    }

    private Staged copy(EntitySource source, SourceFiles files, ImportProgress progress, String sql, String rowPrefix) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        var rows = new ByteArrayOutputStream(FLUSH_BYTES + (1 << 16));
        var line = new StringBuilder(1024);
        Map<String, Long> seen = new HashMap<>();
        long[] count = {0};
        long[] warningCount = {0};
        java.util.List<String> warnings = new java.util.ArrayList<>();
        long total = files.totalBytes();
        MessageDigest sha = sha256();
        boolean done = false;
        try {
            source.read(sourced -> {
                ListedEntity entity = EntityRules.check(sourced, warning -> {
                    if (warningCount[0]++ < KEPT_WARNINGS) {
                        warnings.add(warning);
                    }
                });
                String properties = Json.MAPPER.writeValueAsString(new TreeMap<>(entity.properties()));
                sha.update(entity.schema().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(entity.caption().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                byte[] hash = sha.digest(properties.getBytes(StandardCharsets.UTF_8));
                long shortHash = java.nio.ByteBuffer.wrap(hash).getLong();
                Long before = seen.putIfAbsent(entity.id(), shortHash);
                if (before != null) {
                    if (before == shortHash) {
                        return; // the same entity printed twice: keep one
                    }
                    throw new InvalidWatchlistInput(sourced.record(), "id", "'" + entity.id() + "' was already used by an earlier record with other content");
                }
                line.setLength(0);
                line.append(rowPrefix);
                escape(line, entity.id()).append('\t');
                escape(line, entity.schema()).append('\t');
                escape(line, entity.caption()).append('\t');
                escape(line, entity.dataset()).append('\t');
                escape(line, properties).append('\t');
                line.append("\\\\x").append(HexFormat.of().formatHex(hash)).append('\t');
                escape(line, sourced.record()).append('\n');
                rows.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                count[0]++;
                if (rows.size() >= FLUSH_BYTES) {
                    write(copy, rows);
                    progress.advanced(count[0], files.bytesRead(), total);
                }
            });
            write(copy, rows);
            copy.endCopy();
            done = true;
        } finally {
            if (!done && copy.isActive()) {
                copy.cancelCopy();
            }
        }
        progress.advanced(count[0], files.bytesRead(), total);
        if (rowPrefix.isEmpty()) {
            try (var statement = connection.createStatement()) {
                statement.execute("create unique index on " + NAME + " (entity_id)");
                statement.execute("analyze " + NAME);
            }
        }
        return new Staged(count[0], warningCount[0], warnings);
    }

    private static void write(CopyIn copy, ByteArrayOutputStream rows) {
        try {
            byte[] bytes = rows.toByteArray();
            copy.writeToCopy(bytes, 0, bytes.length);
            rows.reset();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed: " + e.getMessage(), e);
        }
    }

    /** COPY text format: backslash, tab and line breaks escaped. */
    private static StringBuilder escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
