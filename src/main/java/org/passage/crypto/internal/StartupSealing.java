package org.passage.crypto.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.CaseKeys;
import org.passage.crypto.LegacyPlaintextColumn;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.Sealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one runner that, at every start, brings values an earlier version left behind to how this version keeps them:
 * plaintext columns ({@link LegacyPlaintextColumn}) are sealed and emptied, then values of cases still under their
 * organization's key are moved under their case's key ({@link CaseKeys#sealByCase}), so that erasing a case makes them
 * unreadable and the next backup holds none under the organization's key. Both are idempotent, in short transactions,
 * and resume after a kill; a start with nothing left to do costs a few queries.
 */
@Component
class StartupSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupSealing.class);
    private static final int BATCH = 500;

    private record Legacy(UUID id, UUID organization, @Nullable UUID caseId, String value) {
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final CaseKeys caseKeys;
    private final TransactionTemplate transactions;
    private final ObjectProvider<LegacyPlaintextColumn> legacy;

    StartupSealing(JdbcClient jdbc, Sealing sealing, CaseKeys caseKeys, PlatformTransactionManager transactions,
                   ObjectProvider<LegacyPlaintextColumn> legacy) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.caseKeys = caseKeys;
        this.transactions = new TransactionTemplate(transactions);
        this.legacy = legacy;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (LegacyPlaintextColumn column : legacy.orderedStream().toList()) {
            long sealed = seal(column);
            if (sealed > 0) {
                log.info("Sealed {} values of {}.{} kept in plaintext by an earlier version", sealed, column.sealed().table(), column.sealed().column());
            }
        }
        CaseKeys.Resealed moved = caseKeys.sealByCase(null, 200, RotationProgress.silent());
        if (moved.resealed() > 0 || moved.unreadable() > 0) {
            log.info("Moved {} values of cases under their case's key ({} did not open, {} left)", moved.resealed(), moved.unreadable(), moved.remaining());
        }
    }

    private long seal(LegacyPlaintextColumn column) {
        long total = 0;
        while (true) {
            Integer done = transactions.execute(status -> sealBatch(column));
            if (done == null || done == 0) {
                return total;
            }
            total += done;
        }
    }

    private int sealBatch(LegacyPlaintextColumn legacyColumn) {
        SealedColumn column = legacyColumn.sealed();
        String caseColumn = column.caseColumn();
        List<Legacy> rows = jdbc.sql("select " + q(column.idColumn()) + ", " + q(column.organizationColumn()) + ", "
                        + (caseColumn == null ? "null::uuid" : q(caseColumn)) + ", " + q(legacyColumn.plaintextColumn()) + " from " + q(column.table())
                        + " where " + q(legacyColumn.plaintextColumn()) + " is not null limit " + BATCH + " for update skip locked")
                .query((rs, n) -> new Legacy(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4)))
                .list();
        for (Legacy row : rows) {
            if (row.caseId() != null && caseKeys.destroyed(row.caseId())) {
                // the case was erased: its values went with its key, and so does this one
                jdbc.sql("update " + q(column.table()) + " set " + q(legacyColumn.plaintextColumn()) + " = null where " + q(column.idColumn()) + " = ?")
                        .param(row.id()).update();
                continue;
            }
            var where = new AssociatedData(column.table(), column.column(), row.id());
            byte[] sealed = sealing.seal(row.organization(), row.value(), row.caseId() == null ? where : where.inCase(row.caseId())).ciphertext();
            String index = legacyColumn.indexColumn();
            if (index == null) {
                jdbc.sql("update " + q(column.table()) + " set " + q(column.column()) + " = ?, " + q(legacyColumn.plaintextColumn()) + " = null where "
                        + q(column.idColumn()) + " = ?").params(sealed, row.id()).update();
            } else {
                byte[] blind = sealing.blindIndex(row.organization(), legacyColumn.indexPurpose(), row.value());
                jdbc.sql("update " + q(column.table()) + " set " + q(column.column()) + " = ?, " + q(index) + " = ?, " + q(legacyColumn.plaintextColumn())
                        + " = null where " + q(column.idColumn()) + " = ?").params(sealed, blind, row.id()).update();
            }
        }
        return rows.size();
    }

    private static String q(String identifier) {
        return '"' + identifier + '"';
    }
}
