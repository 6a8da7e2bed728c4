package org.passage.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.CaseKeys;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.crypto.UnsealingFailed;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A key per case on a real PostgreSQL: sealing under it, destroying it, and a copy of the database taken before. */
@PassageIntegrationTest
class CaseKeysIntegrationTests {

    @Autowired
    Sealing sealing;
    @Autowired
    CaseKeys caseKeys;
    @Autowired
    CaseKeyring keyring;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Value("${passage.keys-dir}")
    Path keysDirectory;

    final UUID ngo = UUID.randomUUID();
    final UUID kase = UUID.randomUUID();
    final UUID otherCase = UUID.randomUUID();

    @Test
    void aCaseValueIsSealedUnderTheCasesOwnKeyWhoseErasureKeyLivesOutsideTheDatabase() {
        var where = AssociatedData.ofCase(kase, "cases", "applicant_name", kase);
        SealedText sealed = sealing.seal(ngo, "Ivan Petrov", where);

        assertThat(sealed.ciphertext()[0]).isEqualTo(TinkSealing.CASE_MARK);
        assertThat(sealing.open(ngo, sealed, where)).isEqualTo("Ivan Petrov");
        assertThat(sealing.open(ngo, sealed, where.withoutCase())).as("the value names its case").isEqualTo("Ivan Petrov");
        assertThat(Files.exists(erasureKey(kase))).isTrue();
        assertThat(jdbc.sql("select organization_id from case_keyset where case_id = ?").param(kase).query(UUID.class).single()).isEqualTo(ngo);
        assertThatThrownBy(() -> sealing.open(ngo, sealed, where.inCase(otherCase))).as("moved to another case's row")
                .isInstanceOf(UnsealingFailed.class);
        assertThatThrownBy(() -> sealing.open(UUID.randomUUID(), sealed, where)).as("opened for another organization")
                .isInstanceOf(UnsealingFailed.class);
    }

    @Test
    void anErasedCaseDoesNotOpenEvenFromACopyOfTheDatabaseTakenBeforeTheErasure() {
        var where = AssociatedData.ofCase(kase, "case_notes", "body", UUID.randomUUID());
        var otherWhere = AssociatedData.ofCase(otherCase, "case_notes", "body", UUID.randomUUID());
        SealedText note = sealing.seal(ngo, "hides in Tver, cousin's flat", where);
        SealedText otherNote = sealing.seal(ngo, "crossed to Kazakhstan", otherWhere);
        byte[] keysetBeforeErasure = jdbc.sql("select keyset from case_keyset where case_id = ?").param(kase).query(byte[].class).single();

        new TransactionTemplate(transactions).executeWithoutResult(status -> caseKeys.destroy(ngo, kase));

        assertThat(caseKeys.destroyed(kase)).isTrue();
        assertThat(Files.exists(erasureKey(kase))).as("the erasure key file is deleted once the erasure committed").isFalse();
        assertThatThrownBy(() -> sealing.open(ngo, note, where)).isInstanceOf(UnsealingFailed.class).hasMessageContaining("erased");
        assertThatThrownBy(() -> sealing.seal(ngo, "more", where)).as("an erased case gets no new key").isInstanceOf(IllegalStateException.class);

        // the copy taken before the erasure is restored: its case_keyset row is back, the keys directory is today's
        jdbc.sql("update case_keyset set keyset = ?, erased_at = null where case_id = ?").params(keysetBeforeErasure, kase).update();
        keyring.forget(kase);
        assertThatThrownBy(() -> sealing.open(ngo, note, where)).as("the old keyset without its erasure key")
                .isInstanceOf(UnsealingFailed.class);
        assertThat(sealing.open(ngo, otherNote, otherWhere)).as("the other cases of the copy still open").isEqualTo("crossed to Kazakhstan");
    }

    @Test
    void valuesSealedUnderTheOrganizationsKeyMoveUnderTheirCasesKeyResumablyAndOnce() {
        jdbc.sql("create table legacy_case_values (id uuid primary key, organization_id uuid not null, case_id uuid not null, v bytea)").update();
        try {
            var column = SealedColumn.ofCase("legacy_case_values", "v", "case_id");
            List<UUID> rows = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                UUID id = UUID.randomUUID();
                UUID caseId = i % 2 == 0 ? kase : otherCase;
                byte[] legacy = sealing.seal(ngo, "value " + i, new AssociatedData("legacy_case_values", "v", id)).ciphertext();
                assertThat(legacy[0]).isEqualTo((byte) 1);
                jdbc.sql("insert into legacy_case_values values (?, ?, ?, ?)").params(id, ngo, caseId, legacy).update();
                rows.add(id);
            }
            var resealing = new CaseResealing(jdbc, sealing, transactions);
            RotationProgress killedAfterFirstBatch = new RotationProgress() {
                @Override
                public void note(String message) {
                }

                @Override
                public void reencrypted(SealedColumn c, UUID organization, long done, long total, double rate) {
                    throw new IllegalStateException("killed");
                }
            };
            assertThatThrownBy(() -> resealing.run(List.of(column), null, 3, killedAfterFirstBatch)).hasMessage("killed");
            assertThat(caseMarked()).isEqualTo(3);

            var finished = resealing.run(List.of(column), null, 3, quiet());
            assertThat(finished.resealed()).isEqualTo(4);
            assertThat(finished.remaining()).isZero();
            assertThat(caseMarked()).isEqualTo(7);
            for (int i = 0; i < rows.size(); i++) {
                byte[] v = jdbc.sql("select v from legacy_case_values where id = ?").param(rows.get(i)).query(byte[].class).single();
                assertThat(sealing.open(ngo, new SealedText(v), new AssociatedData("legacy_case_values", "v", rows.get(i))))
                        .isEqualTo("value " + i);
            }
            assertThat(resealing.run(List.of(column), null, 3, quiet()).resealed()).as("a second run has nothing to do").isZero();
        } finally {
            jdbc.sql("drop table legacy_case_values").update();
        }
    }

    private long caseMarked() {
        return jdbc.sql("select count(*) from legacy_case_values where get_byte(v, 0) = " + TinkSealing.CASE_MARK).query(Long.class).single();
    }

    private static RotationProgress quiet() {
        return new RotationProgress() {
            @Override
            public void note(String message) {
            }

            @Override
            public void reencrypted(SealedColumn column, UUID organization, long done, long total, double valuesPerSecond) {
            }
        };
    }

    private Path erasureKey(UUID caseId) {
        return keysDirectory.resolve("cases").resolve(caseId + ".json");
    }
}
