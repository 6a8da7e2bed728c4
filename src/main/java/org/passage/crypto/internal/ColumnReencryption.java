package org.passage.crypto.internal;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.RotationProgress;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.crypto.UnsealingFailed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts one organization's values in one {@link SealedColumn} under its current primary key, in small
 * batches of short transactions so the application keeps working. A Tink ciphertext starts with 0x01 and
 * the id of its key, so rows already under the primary key are skipped: an interrupted run simply resumes.
 * A row is written back only if it still holds the value we read, so a concurrent edit always wins. Values under
 * a case's key are left alone.
 */
@Component
class ColumnReencryption {

    /** What one pass achieved. {@code unreadable} values did not open and were left as they were. */
    record Outcome(long total, long reencrypted, long unreadable, long remaining) {
    }

    private record Value(UUID id, byte[] ciphertext) {
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final TransactionTemplate transactions;

    ColumnReencryption(JdbcClient jdbc, Sealing sealing, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.transactions = new TransactionTemplate(transactions);
    }

    Outcome run(SealedColumn column, UUID organization, int primaryKeyId, int batchSize, RotationProgress progress) {
        byte[] prefix = prefixOf(primaryKeyId);
        long total = count(column, organization, null);
        long done = total - count(column, organization, prefix);
        long reencrypted = 0;
        long unreadable = 0;
        long started = System.nanoTime();
        boolean reported = false;
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: nothing sorts before this
        while (true) {
            UUID from = after;
            List<Value> batch = jdbc.sql("select " + q(column.idColumn()) + ", " + q(column.column()) + " from " + q(column.table())
                            + " where " + q(column.organizationColumn()) + " = ? and " + q(column.column()) + " is not null" + notUnderCaseKey(column)
                            + " and substring(" + q(column.column()) + " from 1 for 5) <> ? and " + q(column.idColumn()) + " > ?"
                            + " order by " + q(column.idColumn()) + " limit ?")
                    .params(organization, prefix, from, batchSize)
                    .query((rs, n) -> new Value(rs.getObject(1, UUID.class), rs.getBytes(2))).list();
            if (batch.isEmpty()) {
                break;
            }
            long[] counts = transactions.execute(status -> reencrypt(column, organization, batch));
            reencrypted += counts[0];
            unreadable += counts[1];
            done += counts[0];
            after = batch.getLast().id();
            double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
            progress.reencrypted(column, organization, done, total, reencrypted / seconds);
            reported = true;
        }
        if (!reported) { // nothing to do: say so, so that every column shows up in the progress
            progress.reencrypted(column, organization, done, total, 0);
        }
        return new Outcome(total, reencrypted, unreadable, count(column, organization, prefix));
    }

    private long[] reencrypt(SealedColumn column, UUID organization, List<Value> batch) {
        long written = 0;
        long unreadable = 0;
        for (Value value : batch) {
            var where = new AssociatedData(column.table(), column.column(), value.id());
            String plaintext;
            try {
                plaintext = sealing.open(organization, new SealedText(value.ciphertext()), where);
            } catch (UnsealingFailed e) {
                unreadable++;
                continue;
            }
            byte[] resealed = sealing.seal(organization, plaintext, where).ciphertext();
            written += jdbc.sql("update " + q(column.table()) + " set " + q(column.column()) + " = ? where " + q(column.idColumn())
                            + " = ? and " + q(column.column()) + " = ?")
                    .params(resealed, value.id(), value.ciphertext()).update();
        }
        return new long[] {written, unreadable};
    }

    /** How Tink starts every ciphertext of the key: the version byte 0x01 and the key id. */
    static byte[] prefixOf(int keyId) {
        return ByteBuffer.allocate(5).put((byte) 1).putInt(keyId).array();
    }

    /** Values of the organization in the column; with a prefix, only those not under that key. */
    long count(SealedColumn column, UUID organization, byte @Nullable [] notUnderPrefix) {
        String sql = "select count(*) from " + q(column.table()) + " where " + q(column.organizationColumn()) + " = ? and "
                + q(column.column()) + " is not null" + notUnderCaseKey(column);
        if (notUnderPrefix == null) {
            return jdbc.sql(sql).param(organization).query(Long.class).single();
        }
        return jdbc.sql(sql + " and substring(" + q(column.column()) + " from 1 for 5) <> ?").params(organization, notUnderPrefix)
                .query(Long.class).single();
    }

    /**
     * Values under a case's key are not this rotation's business (the case keyset they open with is itself a value of
     * {@code case_keyset.keyset}, which is re-encrypted here); re-sealing them under the organization's key would undo
     * their crypto-shredding.
     */
    static String notUnderCaseKey(SealedColumn column) {
        return " and get_byte(" + q(column.column()) + ", 0) <> " + TinkSealing.CASE_MARK;
    }

    /** Identifiers were validated by {@link SealedColumn}; quoting keeps them from being read as keywords. */
    private static String q(String identifier) {
        return '"' + identifier + '"';
    }
}
