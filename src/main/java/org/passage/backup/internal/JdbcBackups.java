package org.passage.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.backup.BackupManifest;
import org.passage.backup.BackupRefused;
import org.passage.backup.Backups;
import org.passage.keys.KeysDirectory;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Backups} through COPY on one connection: the export reads every table in one repeatable-read snapshot, in
 * dependency order, into the encrypted archive; the restore checks the whole archive first, then copies every table
 * back in one transaction, so that a failure or a kill leaves the installation as empty as it was.
 */
@Component
class JdbcBackups implements Backups {

        /** Rows the migrations themselves write; a fresh installation has them, and the restore overwrites them. */
    private static final String CHAIN_HEAD = "audit_chain_head";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    private final DatabaseTables tables;
    private final BackupKey key;
    private final AuditTrail audit;
    private final Clock clock;

    JdbcBackups(DataSource dataSource, DatabaseTables tables, KeysDirectory keys, AuditTrail audit, Clock clock) {
        this.dataSource = dataSource;
        this.tables = tables;
        this.key = new BackupKey(keys.path());
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Written write(Path to) {
        if (Files.exists(to)) {
            throw new BackupRefused(to + " exists already: a backup never overwrites a file");
        }
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        BackupManifest manifest;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<String> order = tables.inDependencyOrder();
            List<String> schema = tables.schema();
            List<BackupManifest.Table> entries = new ArrayList<>();
            try (OutputStream file = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW);
                 OutputStream encrypted = Archive.encrypting(file, key.forWriting(), createdAt);
                 ZipOutputStream zip = new ZipOutputStream(encrypted)) {
                for (String table : order) {
                    zip.putNextEntry(new ZipEntry(ArchiveReading.TABLES + table));
                    var measured = new Archive.Measured(zip);
                    copy.copyOut("COPY " + quoted(table) + " TO STDOUT", measured);
                    zip.closeEntry();
                    entries.add(new BackupManifest.Table(table, measured.lines, measured.bytes, measured.sha256Hex()));
                }
                manifest = new BackupManifest(BackupManifest.FORMAT, createdAt, schema, entries);
                zip.putNextEntry(new ZipEntry(ArchiveReading.MANIFEST));
                zip.write(JSON.writeValueAsBytes(manifest));
                zip.closeEntry();
            }
            connection.commit();
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
            long size = Files.size(to);
            audit.record(new AuditEvent("backup.written", "backup", null, null, AuditEvent.Outcome.SUCCESS,
                    manifest.tables().size() + " tables, " + manifest.rows() + " rows, " + size + " bytes"));
            return new Written(to, size, manifest);
        } catch (IOException | SQLException | GeneralSecurityException e) {
            throw new IllegalStateException("the backup to " + to + " failed: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file is named as such
            }
        }
    }

    @Override
    public BackupManifest verify(Path from) {
        return read(from, ArchiveReading.DISCARD);
    }

    @Override
    public Restored restore(Path from) {
        long started = System.nanoTime();
        BackupManifest manifest = verify(from);
        List<String> here = tables.schema();
        if (!here.equals(manifest.schema())) {
            throw new BackupRefused("the backup belongs to another schema version: it has " + manifest.schema().size() + " migrations, this installation "
                    + here.size() + " (first difference: " + firstDifference(manifest.schema(), here) + "). Restore with the Passage version that wrote it.");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            refuseUnlessEmpty(connection, manifest);
            var pg = connection.unwrap(PGConnection.class);
            BackupManifest again = read(from, (table, data) -> restoreTable(connection, pg, table, data));
            if (!again.equals(manifest)) {
                throw new BackupRefused(from + " changed while it was being restored");
            }
            for (var identity : tables.identityColumns()) {
                try (var statement = connection.prepareStatement("select setval(pg_get_serial_sequence(?, ?), coalesce((select max(" + quoted(identity.getValue())
                        + ") from " + quoted(identity.getKey()) + "), 0) + 1, false)")) {
                    statement.setString(1, quoted(identity.getKey()));
                    statement.setString(2, identity.getValue());
                    statement.execute();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new BackupRefused("the restore failed and nothing was restored: " + e.getMessage(), e);
        }
        audit.record(new AuditEvent("backup.restored", "backup", null, null, AuditEvent.Outcome.SUCCESS,
                "archive of " + manifest.createdAt() + ", " + manifest.tables().size() + " tables, " + manifest.rows() + " rows"));
        return new Restored(manifest, (System.nanoTime() - started) / 1_000_000);
    }

    private void refuseUnlessEmpty(Connection connection, BackupManifest manifest) throws SQLException {
        List<String> notEmpty = new ArrayList<>();
        for (var table : manifest.tables()) {
            String sql = table.name().equals(CHAIN_HEAD) ? "select exists (select 1 from audit_chain_head where sequence > 0)"
                    : "select exists (select 1 from " + quoted(table.name()) + ")";
            try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
                rs.next();
                if (rs.getBoolean(1)) {
                    notEmpty.add(table.name());
                }
            }
        }
        if (!notEmpty.isEmpty()) {
            throw new BackupRefused("this installation is not empty (" + String.join(", ", notEmpty.subList(0, Math.min(5, notEmpty.size())))
                    + (notEmpty.size() > 5 ? ", …" : "") + " hold data): a restore goes only into a new, empty installation, never over data");
        }
    }

    private static void restoreTable(Connection connection, PGConnection pg, String table, InputStream data) throws IOException {
        try {
            if (table.equals(CHAIN_HEAD)) { // the migration's first head row is there: the head only moves forward, so update it
                try (var statement = connection.createStatement()) {
                    statement.execute("create temporary table restored_chain_head (like audit_chain_head) on commit drop");
                }
                copyIn(pg, "COPY restored_chain_head FROM STDIN", data);
                try (var statement = connection.createStatement()) {
                    statement.execute("update audit_chain_head h set sequence = r.sequence, hash = r.hash from restored_chain_head r where h.id = r.id");
                }
            } else {
                copyIn(pg, "COPY " + quoted(table) + " FROM STDIN", data);
            }
        } catch (SQLException e) {
            throw new IOException("table " + table + ": " + e.getMessage(), e);
        }
    }

    private static void copyIn(PGConnection pg, String sql, InputStream data) throws SQLException, IOException {
        try (var copy = new PGCopyOutputStream(pg, sql)) {
            data.transferTo(copy);
        }
    }

    private BackupManifest read(Path from, ArchiveReading.TableReader reader) {
        try (InputStream file = Files.newInputStream(from)) {
            return ArchiveReading.read(file, key.forReading(), from.toString(), key.file().toString(), reader);
        } catch (IOException | GeneralSecurityException e) {
            throw new BackupRefused("cannot read " + from + " or the backup key " + key.file() + ": " + e.getMessage(), e);
        }
    }

    private static String firstDifference(List<String> a, List<String> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "none";
            String y = i < b.size() ? b.get(i) : "none";
            if (!x.equals(y)) {
                return "backup " + x + ", here " + y;
            }
        }
        return "none";
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
