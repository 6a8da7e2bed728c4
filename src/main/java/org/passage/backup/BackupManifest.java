package org.passage.backup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an archive holds, written inside it (encrypted) after the tables: when it was made, the schema it belongs to
 * (every applied migration with its checksum) and, per table in restore order, its rows, bytes and SHA-256.
 */
public record BackupManifest(int format, Instant createdAt, List<String> schema, List<Table> tables) {

    public static final int FORMAT = 1;

    public BackupManifest {
        Objects.requireNonNull(createdAt, "createdAt");
        schema = List.copyOf(schema);
        tables = List.copyOf(tables);
    }

    /** One table's data: COPY text format, {@code rows} lines, {@code bytes} long, hashed. */
    public record Table(String name, long rows, long bytes, String sha256) {
        public Table {
            if (!name.matches("[a-z_][a-z0-9_]{0,62}") || !sha256.matches("[0-9a-f]{64}") || rows < 0 || bytes < 0) {
                throw new IllegalArgumentException("not a table entry: " + name);
            }
        }
    }

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
