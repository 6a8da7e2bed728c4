package org.passage.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.passage.organizations.Role;
import org.passage.support.DatabaseDump;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case created with known marker strings leaves no trace of them in the database: not in a full dump of
 * every table, not in any file of PostgreSQL's data directory. The control marker, stored in plaintext on
 * purpose, proves both checks would have seen a leak.
 */
@PassageIntegrationTest
class PlaintextIntegrationTests {

    private static final Path CLUSTER = Path.of("target/embedded-pg/cluster");

    @Autowired
    CaseDesk desk;
    @Autowired
    CaseDetailsTable details;
    @Autowired
    CaseTasks tasks;
    @Autowired
    CaseDocuments documents;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseFiles files;

    @Test
    void noPersonalDataInTheDumpOrTheDataFiles() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String cyrillic = "Маркерщиков" + run;
        String latin = "MARKERSHCHIKOV" + run;
        var coordinator = new Reader(UUID.randomUUID(), UUID.randomUUID(), Set.of(Role.COORDINATOR));
        var opened = desk.open(coordinator, new Applicant(cyrillic + " Иван", latin + " IVAN", LocalDate.of(1987, 11, 29)));
        assertThat(files.find(opened.id()).orElseThrow().applicant().name()).startsWith(cyrillic);

        String more = "MARKERDETAIL" + run;
        var org = coordinator.organizationId();
        details.save(org, opened.id(), new ApplicantDetails(java.util.List.of(more + " name"), java.util.List.of("@" + more),
                java.util.List.of("ru"), java.util.List.of("mother " + more), java.util.List.of(new ApplicantDetails.IdentityEvidence(
                ApplicantDetails.IdentityEvidence.Kind.MILITARY_ID, "no. " + more, "seer " + more, LocalDate.of(2026, 1, 2)))),
                java.time.Instant.now(), null);
        details.add(org, opened.id(), new CaseNote(UUID.randomUUID(), "note " + more, java.time.Instant.now(), null));
        tasks.add(org, opened.id(), new CaseTask(UUID.randomUUID(), CaseTask.Kind.DOCUMENTS, "task " + more, LocalDate.now(), null,
                java.time.Instant.now()), null);
        documents.add(org, opened.id(), more + ".pdf", DocumentType.PDF,
                ("%PDF-1.4 " + more).getBytes(java.nio.charset.StandardCharsets.US_ASCII), java.time.Instant.now(), null);

        String control = "PLAINTEXTCONTROL" + run;
        jdbc.sql("create table plaintext_control (v text)").update();
        jdbc.sql("insert into plaintext_control values (:v)").param("v", control).update();

        try {
            String dump = DatabaseDump.logical(dataSource);
            assertThat(dump).contains(control).doesNotContain(cyrillic, latin, "1987-11-29", more);
            assertThat(DatabaseDump.filesContain(dataSource, CLUSTER, control)).isTrue();
            assertThat(DatabaseDump.filesContain(dataSource, CLUSTER, cyrillic)).isFalse();
            assertThat(DatabaseDump.filesContain(dataSource, CLUSTER, latin)).isFalse();
            assertThat(DatabaseDump.filesContain(dataSource, CLUSTER, more)).isFalse();
        } finally {
            // the schema's column catalogue (PersonalDataColumnsIntegrationTests) shares this database
            jdbc.sql("drop table plaintext_control").update();
        }
    }
}
