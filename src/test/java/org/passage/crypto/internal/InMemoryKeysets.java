package org.passage.crypto.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** The keyset table in a map, so that sealing can be unit-tested without a database. */
class InMemoryKeysets extends OrganizationKeysets {

    final Map<UUID, Row> rows = new ConcurrentHashMap<>();

    @SuppressWarnings("NullAway")
    InMemoryKeysets() {
        super(null);
    }

    @Override
    Optional<Row> find(UUID organization) {
        return Optional.ofNullable(rows.get(organization));
    }

    @Override
    Optional<Integer> version(UUID organization) {
        return find(organization).map(Row::version);
    }

    @Override
    void insertIfAbsent(UUID organization, byte[] dataKeyset, byte[] indexKeyset) {
        rows.putIfAbsent(organization, new Row(organization, dataKeyset, indexKeyset, 1, false));
    }

    @Override
    List<UUID> organizations() {
        return List.copyOf(rows.keySet());
    }

    @Override
    boolean any() {
        return !rows.isEmpty();
    }

    static PlatformTransactionManager noTransactions() {
        return new PlatformTransactionManager() {
            @Override
            public TransactionStatus getTransaction(TransactionDefinition definition) {
                return new SimpleTransactionStatus();
            }

            @Override
            public void commit(TransactionStatus status) {
            }

            @Override
            public void rollback(TransactionStatus status) {
            }
        };
    }

    /** Sealing over {@code keys} for tests of organization keys only: the case key path has no table behind it. */
    @SuppressWarnings("NullAway")
    static TinkSealing sealingWithoutCaseKeys(DataKeys keys) {
        return new TinkSealing(keys, new CaseKeyring(null, null, keys, noTransactions(), 1));
    }
}
