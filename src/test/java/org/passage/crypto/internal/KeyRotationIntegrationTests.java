package org.passage.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passage.cli.keys.RotateKeysCommand;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/**
 * Key rotation on a real PostgreSQL, over a table this test creates and declares as a {@link SealedColumn}.
 * It has its own data directory: rotating the master key must not pull the key file from under other tests.
 */
@PassageIntegrationTest(properties = "passage.data-dir=target/test-data-key-rotation")
class KeyRotationIntegrationTests {

    static final SealedColumn SECRETS = SealedColumn.of("rotation_test_secrets", "secret");

    @TestConfiguration
    static class Columns {
        @Bean
        SealedColumn rotationTestSecrets() {
            return SECRETS;
        }
    }

    @Autowired
    Rekeying rotation;
    @Autowired
    Sealing sealing;
    @Autowired
    DataKeys dataKeys;
    @Autowired
    OrganizationKeysets keysets;
    @Autowired
    MasterKeyring master;
    @Autowired
    SigningKeys signing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    final UUID ngo = UUID.randomUUID();
    final UUID otherNgo = UUID.randomUUID();

    @BeforeEach
    void sealSomeRows() {
        jdbc.sql("create table if not exists rotation_test_secrets (id uuid primary key, organization_id uuid not null, secret bytea)").update();
        insert(ngo, 250);
        insert(otherNgo, 20);
        jdbc.sql("insert into rotation_test_secrets (id, organization_id, secret) values (?, ?, null)").params(UUID.randomUUID(), ngo).update();
    }

    private void insert(UUID organization, int count) {
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            var sealed = sealing.seal(organization, "secret " + i + " of " + organization, new AssociatedData("rotation_test_secrets", "secret", id));
            jdbc.sql("insert into rotation_test_secrets (id, organization_id, secret) values (?, ?, ?)").params(id, organization, sealed.ciphertext()).update();
        }
    }

    @Test
    void rotatingADataKeyReencryptsEveryValueUnderTheNewKey() {
        int before = dataKeys.keys(ngo).primaryKeyId();
        var rotated = rotation.rotateDataKey(ngo, true, 100, silent());

        assertThat(rotated.primaryKeyId()).isNotEqualTo(before);
        assertThat(rotated.reencrypted()).isEqualTo(250);
        assertThat(rotated.remaining()).isZero();
        assertThat(keyIds(ngo)).containsOnlyKeys(rotated.primaryKeyId()).containsValue(250L);
        assertAllOpen(ngo);
        assertThat(keysets.find(ngo).orElseThrow().reencryptionPending()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'keys.rotate.data' and organization_id = ? and outcome = 'SUCCESS'")
                .param(ngo).query(Long.class).single()).isEqualTo(1);
        // the other organization's values are untouched and still open
        assertAllOpen(otherNgo);
    }

    @Test
    void oldDataKeysAreRetiredOnlyOnceEveryValueIsUnderTheNewKey() {
        rotation.settle = java.time.Duration.ZERO;
        var interrupting = new RotationProgress() {
            @Override
            public void note(String message) {
            }

            @Override
            public void reencrypted(SealedColumn column, UUID organization, long done, long total, double rate) {
                if (column.equals(SECRETS)) {
                    throw new IllegalStateException("interrupted");
                }
            }
        };
        assertThatThrownBy(() -> rotation.rotateDataKey(ngo, true, 100, interrupting)).hasMessageContaining("interrupted");
        assertThatThrownBy(() -> rotation.retireOldDataKeys(ngo, silent())).hasMessageContaining("has not finished");

        var rotated = rotation.rotateDataKey(ngo, true, 100, silent());
        assertThat(rotation.retireOldDataKeys(ngo, silent())).isEqualTo(1);

        assertThat(dataKeys.load(ngo).dataKeyset().size()).isEqualTo(1);
        assertThat(dataKeys.load(ngo).primaryKeyId()).isEqualTo(rotated.primaryKeyId());
        assertAllOpen(ngo);
        assertThat(rotation.retireOldDataKeys(ngo, silent())).isZero();
    }

    @Test
    void retiringIsRefusedWhileAValueIsStillUnderAnOldKey() {
        rotation.settle = java.time.Duration.ZERO;
        int oldKey = dataKeys.keys(ngo).primaryKeyId();
        byte[] underOldKey = jdbc.sql("select secret from rotation_test_secrets where organization_id = ? and secret is not null limit 1")
                .param(ngo).query(byte[].class).single();
        UUID rowOfOldValue = jdbc.sql("select id from rotation_test_secrets where secret = ?").param(underOldKey).query(UUID.class).single();
        rotation.rotateDataKey(ngo, true, 100, silent());
        // a server that had not noticed the rotation writes a value under the old key
        jdbc.sql("update rotation_test_secrets set secret = ? where id = ?").params(underOldKey, rowOfOldValue).update();

        assertThatThrownBy(() -> rotation.retireOldDataKeys(ngo, silent()))
                .hasMessageContaining("1 values of organization " + ngo + " in rotation_test_secrets.secret are not under key")
                .hasMessageContaining("--reencrypt-only");
        assertThat(dataKeys.load(ngo).dataKeyset().size()).isEqualTo(2);
        assertThat(keyIds(ngo)).containsKey(oldKey);

        rotation.rotateDataKey(ngo, false, 100, silent()); // --reencrypt-only
        assertThat(rotation.retireOldDataKeys(ngo, silent())).isEqualTo(1);
        assertAllOpen(ngo);
    }

    @Test
    void anInterruptedRotationResumesUnderTheSameKey() {
        var interrupting = new RotationProgress() {
            @Override
            public void note(String message) {
            }

            @Override
            public void reencrypted(SealedColumn column, UUID organization, long done, long total, double rate) {
                if (column.equals(SECRETS)) { // other features' columns are registered too
                    throw new IllegalStateException("power cut after " + done + " of " + total);
                }
            }
        };
        assertThatThrownBy(() -> rotation.rotateDataKey(ngo, true, 100, interrupting)).hasMessageContaining("power cut after 100 of 250");
        assertThat(keysets.find(ngo).orElseThrow().reencryptionPending()).isTrue();
        int interruptedKey = dataKeys.load(ngo).primaryKeyId();
        assertThat(keyIds(ngo).get(interruptedKey)).isEqualTo(100L);
        assertAllOpen(ngo); // while half-way, old and new values both open: the application keeps serving

        var resumed = rotation.rotateDataKey(ngo, true, 100, silent());

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.primaryKeyId()).isEqualTo(interruptedKey);
        assertThat(resumed.reencrypted()).isEqualTo(150);
        assertThat(keyIds(ngo)).containsOnlyKeys(interruptedKey);
        assertAllOpen(ngo);
        assertThat(dataKeys.load(ngo).dataKeyset().size()).as("one key added, not two").isEqualTo(2);
    }

    @Test
    void rotatingTheMasterKeyRewrapsEveryKeysetAndDropsTheOldKey() {
        int oldMaster = master.current().primaryKeyId();
        byte[] wrappedBefore = keysets.find(ngo).orElseThrow().dataKeyset();
        byte[] indexBefore = sealing.blindIndex(ngo, "case_code", "K-1");

        // a server started before the rotation holds the old master key in memory
        var keyFiles = new KeyDirectory(java.nio.file.Path.of("target/test-data-key-rotation-keys"));
        var runningServer = new DataKeys(keysets, MasterKeyring.load("", "", keyFiles, false), transactions);

        int newMaster = rotation.rotateMaster(silent());

        assertThat(newMaster).isNotEqualTo(oldMaster);
        assertThat(master.current().size()).isEqualTo(1);
        assertThat(keysets.find(ngo).orElseThrow().dataKeyset()).isNotEqualTo(wrappedBefore);
        dataKeys.forget(ngo);
        dataKeys.forget(otherNgo);
        assertAllOpen(ngo);
        assertAllOpen(otherNgo);
        assertThat(sealing.blindIndex(ngo, "case_code", "K-1")).isEqualTo(indexBefore);
        var fresh = MasterKeyring.load("", "", keyFiles, false);
        assertThat(fresh.current().primaryKeyId()).isEqualTo(newMaster);
        // ...and follows it: the keyset no longer opens under the old key, so it re-reads the key file
        var serverSealing = InMemoryKeysets.sealingWithoutCaseKeys(runningServer);
        assertThat(serverSealing.blindIndex(ngo, "case_code", "K-1")).isEqualTo(indexBefore);
    }

    @Test
    void theCommandPrintsProgressAndFinishes() {
        var command = new RotateKeysCommand(rotation);
        var printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = new CommandLine(command).execute("--data-keys", "--organization", otherNgo.toString(), "--batch-size", "8");
        } finally {
            System.setOut(original);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(output).contains("rotation_test_secrets.secret  org " + otherNgo + "  8/20 (40.0%)")
                .contains("20/20 (100.0%)").contains("values/s").contains("Key rotation finished.");
        assertThat(output).doesNotContain("secret 1 of");
    }

    private void assertAllOpen(UUID organization) {
        var rows = jdbc.sql("select id, secret from rotation_test_secrets where organization_id = ? and secret is not null").param(organization)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBytes(2))).list();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(
                sealing.open(organization, new SealedText(row.getValue()), new AssociatedData("rotation_test_secrets", "secret", row.getKey())))
                .startsWith("secret ").endsWith(" of " + organization));
    }

    /** How many of the organization's values are under each key id (the Tink prefix: 0x01 and the key id). */
    private Map<Integer, Long> keyIds(UUID organization) {
        List<byte[]> values = jdbc.sql("select secret from rotation_test_secrets where organization_id = ? and secret is not null")
                .param(organization).query(byte[].class).list();
        return values.stream().collect(Collectors.groupingBy(v -> ByteBuffer.wrap(v, 1, 4).getInt(), Collectors.counting()));
    }

    private static RotationProgress silent() {
        return new RotationProgress() {
            @Override
            public void note(String message) {
            }

            @Override
            public void reencrypted(SealedColumn column, UUID organization, long done, long total, double rate) {
            }
        };
    }

    @Test
    void signingKeysOutliveAMasterRotationAndVerifyOffline() {
        byte[] document = "a dossier".getBytes(StandardCharsets.UTF_8);
        var before = signing.sign(ngo, document);
        var published = org.passage.crypto.PublicSigningKey.parse(signing.publicKey(ngo).json());
        assertThat(published.verifies(document, before.signature())).isTrue();
        assertThat(published.keyId()).isEqualTo(before.keyId());
        assertThat(published.json()).doesNotContain("privateKey").contains("Ed25519PublicKey");

        rotation.rotateMaster(silent());

        var after = signing.sign(ngo, document);
        assertThat(after.keyId()).isEqualTo(before.keyId());
        assertThat(published.verifies(document, after.signature())).isTrue();
        document[0] ^= 1;
        assertThat(published.verifies(document, after.signature())).isFalse();
        assertThat(signing.publicKey(otherNgo).verifies("a dossier".getBytes(StandardCharsets.UTF_8), after.signature())).isFalse();
    }
}
