package org.passage.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.prf.HmacPrfKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.Sealing;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Keysets on a real PostgreSQL: created lazily, stored only wrapped, and useless under another master key. */
@PassageIntegrationTest
class SealingIntegrationTests {

    @Autowired
    Sealing sealing;
    @Autowired
    DataKeys dataKeys;
    @Autowired
    OrganizationKeysets keysets;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path elsewhere;

    final UUID ngo = UUID.randomUUID();
    final AssociatedData where = new AssociatedData("cases", "full_name", UUID.randomUUID());

    @Test
    void anOrganizationsKeysetsAreCreatedOnFirstUseAndStoredOnlyWrapped() throws Exception {
        assertThat(keysets.find(ngo)).isEmpty();
        var sealed = sealing.seal(ngo, "Ivan Petrov", where);
        assertThat(sealing.open(ngo, sealed, where)).isEqualTo("Ivan Petrov");

        var row = keysets.find(ngo).orElseThrow();
        var keys = dataKeys.keys(ngo);
        byte[] aesKey = ((AesGcmKey) keys.dataKeyset().getPrimary().getKey()).getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
        byte[] hmacKey = indexKey();
        String stored = HexFormat.of().formatHex(row.dataKeyset()) + HexFormat.of().formatHex(row.indexKeyset());
        assertThat(stored).doesNotContain(HexFormat.of().formatHex(aesKey)).doesNotContain(HexFormat.of().formatHex(hmacKey));
        assertThatThrownBy(() -> TinkProtoKeysetFormat.parseKeyset(row.dataKeyset(), InsecureSecretKeyAccess.get()))
                .as("a stored keyset is not a cleartext keyset").isInstanceOf(Exception.class);
    }

    private byte[] indexKey() throws Exception {
        var row = keysets.find(ngo).orElseThrow();
        var master = MasterKeyring.load("", "", keyDirectory(), false);
        var index = master.unwrap(row.indexKeyset(), DataKeys.wrappingData(ngo, "index"));
        return ((HmacPrfKey) index.getPrimary().getKey()).getKeyBytes().toByteArray(InsecureSecretKeyAccess.get());
    }

    @Test
    void aWrappedKeysetCopiedToAnotherOrganizationDoesNotUnwrap() {
        sealing.seal(ngo, "x", where);
        UUID other = UUID.randomUUID();
        sealing.seal(other, "y", where);
        jdbc.sql("update organization_keyset set data_keyset = (select data_keyset from organization_keyset where organization_id = ?) where organization_id = ?")
                .params(ngo, other).update();
        assertThatThrownBy(() -> dataKeys.unwrap(keysets.find(other).orElseThrow())).hasMessageContaining("cannot be unwrapped");
    }

    @Test
    void theWrongMasterKeyGivesAClearError() {
        sealing.seal(ngo, "x", where);
        var wrongMaster = MasterKeyring.load("", "", new KeyDirectory(elsewhere), true);
        var withWrongKey = new DataKeys(keysets, wrongMaster, transactions);
        assertThatThrownBy(() -> withWrongKey.keys(ngo))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("organization " + ngo)
                .hasMessageContaining("not the master key they were wrapped with")
                .hasMessageContaining(elsewhere.toString());
    }

    @Test
    void concurrentFirstUseCreatesOneKeyset() throws Exception {
        UUID fresh = UUID.randomUUID();
        List<Callable<byte[]>> users = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            users.add(() -> sealing.blindIndex(fresh, "case_code", "K-1"));
        }
        List<byte[]> indexes = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (var future : pool.invokeAll(users)) {
                indexes.add(future.get());
            }
        }
        assertThat(jdbc.sql("select count(*) from organization_keyset where organization_id = ?").param(fresh).query(Long.class).single()).isEqualTo(1);
        dataKeys.forget(fresh);
        byte[] afterReload = sealing.blindIndex(fresh, "case_code", "K-1");
        assertThat(indexes).allSatisfy(index -> assertThat(index).isEqualTo(afterReload));
    }

    @Test
    void aFirstSealInsideAnOlderSnapshotStillFindsTheKeysetItCreated() {
        var snapshot = new org.springframework.transaction.support.TransactionTemplate(transactions);
        snapshot.setIsolationLevel(org.springframework.transaction.TransactionDefinition.ISOLATION_REPEATABLE_READ);
        String opened = snapshot.execute(status -> {
            jdbc.sql("select count(*) from organization_keyset").query(Long.class).single(); // fixes the snapshot
            var sealed = sealing.seal(ngo, "Ivan", where);
            return sealing.open(ngo, sealed, where);
        });
        assertThat(opened).isEqualTo("Ivan");
    }

    private KeyDirectory keyDirectory() {
        return new KeyDirectory(Path.of("target/test-data-keys"));
    }
}
