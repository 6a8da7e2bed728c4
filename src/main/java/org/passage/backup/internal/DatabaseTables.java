package org.passage.backup.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tables of the schema in dependency order (a table after every table its foreign keys point to, ties by name), so
 * that a restore inserts them with every constraint checked; and the schema's identity, the applied migrations.
 */
@Component
class DatabaseTables {

    /** Flyway's own history is the schema, not data: the installation restored into has it already. */
    static final String SCHEMA_HISTORY = "flyway_schema_history";

    private final JdbcClient jdbc;

    DatabaseTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> inDependencyOrder() {
        Set<String> tables = new TreeSet<>(jdbc.sql("select tablename from pg_tables where schemaname = current_schema() and tablename <> ?")
                .param(SCHEMA_HISTORY).query(String.class).list());
        Map<String, Set<String>> dependsOn = new HashMap<>();
        jdbc.sql("""
                select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
                join pg_namespace n on n.oid = c.connamespace where c.contype = 'f' and n.nspname = current_schema()""")
                .query((rs, n) -> Map.entry(unquote(rs.getString(1)), unquote(rs.getString(2)))).list()
                .forEach(edge -> {
                    if (!edge.getKey().equals(edge.getValue())) {
                        dependsOn.computeIfAbsent(edge.getKey(), k -> new HashSet<>()).add(edge.getValue());
                    }
                });
        List<String> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String table : tables) {
            visit(table, tables, dependsOn, done, new ArrayDeque<>(), ordered);
        }
        return ordered;
    }

    private static void visit(String table, Set<String> tables, Map<String, Set<String>> dependsOn, Set<String> done, Deque<String> path,
                              List<String> ordered) {
        if (done.contains(table) || !tables.contains(table)) {
            return;
        }
        if (path.contains(table)) {
            throw new IllegalStateException("the foreign keys of " + path + " form a cycle: no restore order exists");
        }
        path.push(table);
        for (String parent : new TreeSet<>(dependsOn.getOrDefault(table, Set.of()))) {
            visit(parent, tables, dependsOn, done, path, ordered);
        }
        path.pop();
        done.add(table);
        ordered.add(table);
    }

    /** Every applied migration as {@code version:checksum}, sorted: two installations with the same list have the same schema. */
    List<String> schema() {
        return jdbc.sql("select version || ':' || coalesce(checksum::text, '') from " + SCHEMA_HISTORY
                        + " where success and version is not null order by version")
                .query(String.class).list().stream().sorted().toList();
    }

    /** Identity columns, whose sequences must move past the restored values. */
    List<Map.Entry<String, String>> identityColumns() {
        return jdbc.sql("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and is_identity = 'YES'""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
    }

    private static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1) : name;
    }
}
