package org.passage.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.PassageApplication;
import org.passage.audit.AuditVerification;
import org.passage.backup.BackupRefused;
import org.passage.backup.Backups;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.demo.DemoSeeder;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The demo database at real scale, backed up and restored into a new embedded PostgreSQL (same keys directory, as an
 * operator would copy it): every table comes back with the same rows, the audit chain verifies, sealed values open; a
 * restore over data is refused; an archive altered by one byte, or cut short, is refused with a clear error.
 */
@PassageIntegrationTest(properties = "passage.test.context=backup-round-trip")
@DirtiesContext
class BackupRoundTripIntegrationTests {

    @Autowired
    List<DemoSeeder> seeders;
    @Autowired
    Backups backups;
    @Autowired
    DatabaseTables tables;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Sealing sealing;

    @TempDir
    Path directory;

    @Test
    void theDemoComesBackWholeIntoANewInstallationAndAnAlteredArchiveIsRefused() throws Exception {
        DemoSeeder.seedAll(seeders, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Path archive = directory.resolve("demo.passage-backup");
        var written = backups.write(archive);
        assertThat(written.manifest().rows()).isGreaterThan(1000);
        // what the snapshot held (work the demo started in the background may have added audit rows since)
        Map<String, Long> counts = new LinkedHashMap<>();
        written.manifest().tables().forEach(t -> counts.put(t.name(), t.rows()));
        assertThat(counts.get("cases")).isEqualTo(jdbc.sql("select count(*) from cases").query(Long.class).single()).isGreaterThan(400);
        var someCase = jdbc.sql("select id, organization_id, applicant_name from cases order by id limit 1")
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBytes(3)}).single();
        var where = new AssociatedData("cases", "applicant_name", (UUID) someCase[0]);
        String name = sealing.open((UUID) someCase[1], new SealedText((byte[]) someCase[2]), where);
        assertThat(backups.verify(archive)).isEqualTo(written.manifest());
        assertThat(Files.readAllBytes(archive)).as("nothing readable in the archive")
                .satisfies(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Ark Demo").doesNotContain("coordinator"));

        try (var restored = new SpringApplicationBuilder(PassageApplication.class).web(WebApplicationType.NONE).profiles("test")
                .properties("passage.db.embedded.home=" + directory.resolve("pg"), "passage.db.embedded.fresh-database=false").run()) {
            var there = restored.getBean(Backups.class);
            var result = there.restore(archive);
            var thereJdbc = restored.getBean(JdbcClient.class);
            Map<String, Long> restoredCounts = counts(thereJdbc);
            restoredCounts.computeIfPresent("audit_event", (t, n) -> n - 1); // the restore's own audit row
            assertThat(restoredCounts).isEqualTo(counts);
            var report = restored.getBean(AuditVerification.class).verify(null);
            assertThat(report.intact()).as(report.summary()).isTrue();
            assertThat(restored.getBean(Sealing.class).open((UUID) someCase[1], new SealedText((byte[]) someCase[2]), where)).isEqualTo(name);
            assertThat(result.manifest()).isEqualTo(written.manifest());
            assertThatThrownBy(() -> there.restore(archive)).isInstanceOf(BackupRefused.class).hasMessageContaining("not empty");
        }

        byte[] bytes = Files.readAllBytes(archive);
        byte[] altered = bytes.clone();
        altered[bytes.length / 2] ^= 0x01;
        Path tampered = Files.write(directory.resolve("tampered.passage-backup"), altered);
        assertThatThrownBy(() -> backups.verify(tampered)).isInstanceOf(BackupRefused.class).hasMessageContaining("does not decrypt");
        Path cut = Files.write(directory.resolve("cut.passage-backup"), Arrays.copyOf(bytes, bytes.length - 100));
        assertThatThrownBy(() -> backups.verify(cut)).isInstanceOf(BackupRefused.class).hasMessageContaining("does not decrypt");
        Path notOurs = Files.writeString(directory.resolve("other.passage-backup"), "PGDMP\u0000 something else");
        assertThatThrownBy(() -> backups.verify(notOurs)).isInstanceOf(BackupRefused.class).hasMessageContaining("not a Passage backup");
        assertThatThrownBy(() -> backups.write(archive)).isInstanceOf(BackupRefused.class).hasMessageContaining("exists already");
    }

    private Map<String, Long> counts(JdbcClient on) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables.inDependencyOrder()) {
            counts.put(table, on.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }
}
