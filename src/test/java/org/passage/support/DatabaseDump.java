package org.passage.support;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * What an adversary who got the database would read: a logical dump of every row of every table (COPY, as
 * pg_dump does it; a pg_dump 17 binary is not packaged for these machines), and the raw files of the
 * embedded server's data directory, WAL included, after a checkpoint.
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    public static String logical(DataSource dataSource) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (var rs = connection.createStatement().executeQuery("""
                    select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            var out = new StringWriter();
            for (String table : tables) {
                out.write("-- " + table + "\n");
                copy.copyOut("COPY " + table + " TO STDOUT", out);
            }
            return out.toString();
        }
    }

    /** True if any file under the data directory contains {@code marker} (as UTF-8 bytes). */
    public static boolean filesContain(DataSource dataSource, Path dataDirectory, String marker) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("checkpoint");
        }
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
