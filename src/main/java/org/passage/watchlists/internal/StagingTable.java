package org.passage.watchlists.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.passage.watchlists.ImportProgress;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A temporary table, dropped at commit, that one import streams its entities into with COPY. A parser thread
 * ({@link ParsingFeed}) reads, checks and encodes the entities ({@link RowEncoding}); the importing thread, which
 * owns the transaction's connection, only writes the encoded rows, so PostgreSQL ingests while Java parses.
 */
final class StagingTable {

    static final String NAME = "watchlist_staging";
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
        var rows = new RowEncoding(rowPrefix);
        var feed = new ParsingFeed(rows, source, files);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        long total = files.totalBytes();
        boolean done = false;
        try {
            // this thread only writes what the parser thread encoded, so the server and the parser work at once
            for (ParsingFeed.Chunk chunk = feed.next(); chunk != null; chunk = feed.next()) {
                copy.writeToCopy(chunk.bytes(), 0, chunk.bytes().length);
                progress.advanced(chunk.entities(), chunk.bytesRead(), total);
            }
            copy.endCopy();
            done = true;
        } finally {
            if (!done) {
                feed.cancel();
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        }
        if (rowPrefix.isEmpty()) {
            try (var statement = connection.createStatement()) {
                statement.execute("create unique index on " + NAME + " (entity_id)");
                statement.execute("analyze " + NAME);
            }
        }
        return new Staged(rows.count(), rows.warningCount(), rows.warnings());
    }
}
