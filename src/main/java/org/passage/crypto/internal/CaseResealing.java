package org.passage.crypto.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.CaseKeys;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.crypto.UnsealingFailed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the values of case columns still under the organization's key (sealed before per-case keys existed, or by a
 * path that does not name its case) under their case's key, in batches of short transactions. Values already under
 * a case key start with {@link TinkSealing#CASE_MARK} and are skipped in SQL, so a killed run loses nothing and the
 * next one resumes; a row is written back only if it still holds the value read, so a concurrent edit wins.
 */
final class CaseResealing {

    private record Value(UUID id, UUID organization, UUID caseId, byte[] ciphertext) {
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final TransactionTemplate transactions;

    CaseResealing(JdbcClient jdbc, Sealing sealing, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.transactions = new TransactionTemplate(transactions);
    }

    CaseKeys.Resealed run(List<SealedColumn> columns, @Nullable UUID onlyCase, int batchSize, RotationProgress progress) {
        long resealed = 0;
        long unreadable = 0;
        long remaining = 0;
        for (SealedColumn column : columns) {
            if (!column.belongsToCases()) {
                continue;
            }
            long total = count(column, onlyCase);
            long done = 0;
            long started = System.nanoTime();
            UUID after = new UUID(0, 0);
            while (true) {
                List<Value> batch = jdbc.sql("select " + q(column.idColumn()) + ", " + q(column.organizationColumn()) + ", "
                                + q(column.caseColumn()) + ", " + q(column.column()) + " from " + q(column.table()) + pending(column, onlyCase)
                                + " and " + q(column.idColumn()) + " > ? order by " + q(column.idColumn()) + " limit ?")
                        .params(onlyCase == null ? List.of(after, batchSize) : List.of(onlyCase, after, batchSize))
                        .query((rs, n) -> new Value(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                rs.getBytes(4))).list();
                if (batch.isEmpty()) {
                    break;
                }
                long[] counts = transactions.execute(status -> reseal(column, batch));
                resealed += counts[0];
                unreadable += counts[1];
                done += counts[0];
                after = batch.getLast().id();
                if (onlyCase == null) {
                    double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
                    progress.reencrypted(column, new UUID(0, 0), done, total, done / seconds);
                }
            }
            remaining += count(column, onlyCase);
        }
        return new CaseKeys.Resealed(resealed, unreadable, remaining);
    }

    private long[] reseal(SealedColumn column, List<Value> batch) {
        long written = 0;
        long unreadable = 0;
        for (Value value : batch) {
            var where = new AssociatedData(column.table(), column.column(), value.id());
            String plaintext;
            try {
                plaintext = sealing.open(value.organization(), new SealedText(value.ciphertext()), where);
            } catch (UnsealingFailed e) {
                unreadable++;
                continue;
            }
            byte[] resealed;
            try {
                resealed = sealing.seal(value.organization(), plaintext, where.inCase(value.caseId())).ciphertext();
            } catch (IllegalStateException erasedMeanwhile) { // written by a path that does not name its case, after the erasure
                unreadable++;
                continue;
            }
            written += jdbc.sql("update " + q(column.table()) + " set " + q(column.column()) + " = ? where " + q(column.idColumn())
                            + " = ? and " + q(column.column()) + " = ?")
                    .params(resealed, value.id(), value.ciphertext()).update();
        }
        return new long[] {written, unreadable};
    }

    private long count(SealedColumn column, @Nullable UUID onlyCase) {
        var query = jdbc.sql("select count(*) from " + q(column.table()) + pending(column, onlyCase));
        return (onlyCase == null ? query : query.param(onlyCase)).query(Long.class).single();
    }

    /**
     * Values not yet under a case key (of one case when given); its parameter, if any, comes first. A row whose case
     * column is empty belongs to no case and stays under its organization's key. The first byte is read as a slice, so
     * large values (documents, evidence) are not read whole.
     */
    private static String pending(SealedColumn column, @Nullable UUID onlyCase) {
        return " where " + q(column.column()) + " is not null and " + q(column.caseColumn()) + " is not null and substring("
                + q(column.column()) + " from 1 for 1) <> decode('" + String.format("%02x", TinkSealing.CASE_MARK) + "', 'hex')"
                + (onlyCase == null ? "" : " and " + q(column.caseColumn()) + " = ?");
    }

    private static String q(@Nullable String identifier) {
        return '"' + identifier + '"';
    }
}
