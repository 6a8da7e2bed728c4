package org.passage.crypto.internal;

import org.passage.crypto.CaseKeys;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.Sealing;
import org.passage.keys.KeysDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Per-case keys: erasure keys in {@code <keys-dir>/cases}, a bounded cache of unwrapped case keys. */
@Configuration(proxyBeanMethods = false)
class CaseKeyConfiguration {

    @Bean
    ErasureKeys erasureKeys(KeysDirectory keys) {
        return new ErasureKeys(new KeyDirectory(keys.resolve("cases")));
    }

    @Bean
    CaseKeyring caseKeyring(CaseKeysets keysets, ErasureKeys erasureKeys, DataKeys dataKeys, PlatformTransactionManager transactions,
                            @Value("${passage.crypto.case-key-cache:20000}") int capacity) {
        return new CaseKeyring(keysets, erasureKeys, dataKeys, transactions, capacity);
    }

    @Bean
    CaseKeys caseKeys(CaseKeysets keysets, ErasureKeys erasureKeys, CaseKeyring keyring, JdbcClient jdbc, Sealing sealing,
                      PlatformTransactionManager transactions, ObjectProvider<SealedColumn> columns) {
        return new CaseShredding(keysets, erasureKeys, keyring, new CaseResealing(jdbc, sealing, transactions), columns);
    }

    /** The case keysets are sealed by the organization's key: data key rotation re-encrypts them like any value. */
    @Bean
    SealedColumn caseKeysetColumn() {
        return new SealedColumn(CaseKeysets.TABLE, CaseKeysets.COLUMN, "case_id", "organization_id");
    }
}
