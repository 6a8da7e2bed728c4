package org.passage.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every column of the migrated schema that can hold text or bytes is declared in {@code column-catalogue.tsv}: sealed
 * (and then re-encrypted by key rotation), or kept readable for a stated reason. A new column that nobody declared
 * fails this test, so personal data cannot slip into plaintext unnoticed.
 */
@PassageIntegrationTest
class PersonalDataColumnsIntegrationTests {

    /** How a column may be stored, and what each kind promises. */
    enum Kind {
        /** AEAD ciphertext under the organization's keyset, bound to table, column and row; rotation re-encrypts it. */
        SEALED,
        /** Ciphertext or key material that is not an organization's sealed column (keysets wrapped by the master key). */
        WRAPPED,
        /** A one-way value: an Argon2id or SHA-256 hash, a keyed blind index, a signature. */
        ONE_WAY,
        /** Readable on purpose; the reason says why it is not personal data. */
        PLAIN,
        /** Plaintext left by an earlier version, sealed and emptied at startup: must hold nothing once the application runs. */
        LEGACY,
        /** Personal data still readable: a known gap, which docs/security.md must name until it is fixed. */
        GAP
    }

    record Entry(String table, String column, Kind kind, String reason) {
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<SealedColumn> sealedColumns;

    @Test
    void everyTextOrBytesColumnIsDeclaredSealedOrPlainWithAReason() throws IOException {
        Map<String, Entry> catalogue = catalogue();
        List<String> columns = jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                        where table_schema = current_schema() and table_name <> 'flyway_schema_history'
                          and (data_type in ('text', 'character varying', 'character', 'bytea', 'jsonb', 'json', 'xml')
                               or (data_type = 'ARRAY' and udt_name in ('_text', '_varchar', '_bytea', '_jsonb')))
                        order by 1""")
                .query(String.class).list();
        var undeclared = columns.stream().filter(c -> !catalogue.containsKey(c)).toList();
        assertThat(undeclared).as("columns missing from column-catalogue.tsv (declare each as SEALED, WRAPPED, ONE_WAY or PLAIN with a reason)")
                .isEmpty();
        assertThat(catalogue.keySet()).as("catalogue entries for columns that no longer exist").isSubsetOf(Set.copyOf(columns));
        assertThat(catalogue.values()).allSatisfy(e -> assertThat(e.reason()).as(e.table() + "." + e.column()).hasSizeGreaterThan(5));
    }

    @Test
    void everyColumnDeclaredSealedIsReencryptedByKeyRotationAndHoldsNoReadableText() throws IOException {
        Set<String> rotated = sealedColumns.stream().map(c -> c.table() + "." + c.column()).collect(Collectors.toSet());
        var sealed = catalogue().values().stream().filter(e -> e.kind() == Kind.SEALED).map(e -> e.table() + "." + e.column()).toList();
        assertThat(rotated).as("every sealed column is declared as a SealedColumn bean").containsAll(sealed);
        assertThat(sealed).as("every SealedColumn bean is in the catalogue as SEALED").containsAll(rotated);
        for (String column : sealed) {
            String[] parts = column.split("\\.");
            String type = jdbc.sql("select data_type from information_schema.columns where table_schema = current_schema() and table_name = ? and column_name = ?")
                    .params(parts[0], parts[1]).query(String.class).single();
            assertThat(type).as(column + " holds ciphertext, so it is bytea").isEqualTo("bytea");
        }
    }

    @Test
    void legacyPlaintextColumnsAreEmptyOnceTheApplicationRuns() throws IOException {
        for (Entry e : catalogue().values()) {
            if (e.kind() == Kind.LEGACY) {
                assertThat(jdbc.sql("select count(*) from " + e.table() + " where " + e.column() + " is not null").query(Integer.class).single())
                        .as(e.table() + "." + e.column()).isZero();
            }
        }
    }

    @Test
    void everyKnownGapIsNamedInTheSecurityDocumentation() throws IOException {
        String security = Files.readString(Path.of("docs/security.md"));
        for (Entry e : catalogue().values()) {
            if (e.kind() == Kind.GAP) {
                assertThat(security).as("docs/security.md names the gap " + e.table() + "." + e.column())
                        .contains("`" + e.table() + "." + e.column() + "`");
            }
        }
    }

    static Map<String, Entry> catalogue() throws IOException {
        try (InputStream in = Objects.requireNonNull(PersonalDataColumnsIntegrationTests.class.getResourceAsStream("column-catalogue.tsv"))) {
            Map<String, Entry> entries = new TreeMap<>();
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 4);
                if (fields.length != 4) {
                    throw new IllegalStateException("column-catalogue.tsv line " + number + ": table, column, kind, reason separated by tabs");
                }
                var entry = new Entry(fields[0].strip(), fields[1].strip(), Kind.valueOf(fields[2].strip()), fields[3].strip());
                if (entries.put(entry.table() + "." + entry.column(), entry) != null) {
                    throw new IllegalStateException("column-catalogue.tsv line " + number + ": declared twice");
                }
            }
            return entries;
        }
    }
}
