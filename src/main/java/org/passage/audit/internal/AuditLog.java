package org.passage.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_event} table. {@link #append} must run inside a transaction: it locks the chain head row,
 * which keeps concurrent writers in one line until that transaction ends.
 */
@Repository
class AuditLog {

    private final JdbcClient jdbc;
    private final AuditChainKey key;
    private final org.springframework.jdbc.core.JdbcTemplate batches;

    @org.springframework.beans.factory.annotation.Autowired
    AuditLog(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batches, AuditChainKey key) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.key = key;
    }

    /** What the caller knows about an event; sequence and hashes are added under the chain lock. */
    record Entry(Instant occurredAt, String actor, @Nullable String sessionHash, @Nullable UUID organizationId,
                 String action, String recordType, @Nullable String recordId, Outcome outcome, String detail) {
    }

    record Head(long sequence, byte[] hash) {
    }

    ChainedEvent append(Entry entry) {
        Head head = jdbc.sql("select sequence, hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2))).single();
        ChainedEvent event = new ChainedEvent(head.sequence() + 1, entry.occurredAt(), entry.actor(), entry.sessionHash(),
                entry.organizationId(), entry.action(), entry.recordType(), entry.recordId(), entry.outcome(), entry.detail(),
                head.hash(), new byte[0]).sealedWith(key);
        jdbc.sql("""
                insert into audit_event (sequence, occurred_at, actor, session_hash, organization_id, action, record_type,
                                         record_id, outcome, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.sequence(), Timestamp.from(event.occurredAt()), event.actor(), event.sessionHash(),
                        event.organizationId(), event.action(), event.recordType(), event.recordId(), event.outcome().name(),
                        event.detail(), event.previousHash(), event.hash())
                .update();
        jdbc.sql("update audit_chain_head set sequence = ?, hash = ? where id = 1").params(event.sequence(), event.hash()).update();
        return event;
    }

    /** Appends several entries under one hold of the chain head: one read and one update of the head, the rows in one batch. */
    void appendAll(java.util.List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Head head = jdbc.sql("select sequence, hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2))).single();
        java.util.List<Object[]> rows = new java.util.ArrayList<>(entries.size());
        long sequence = head.sequence();
        byte[] previous = head.hash();
        for (Entry entry : entries) {
            ChainedEvent event = new ChainedEvent(++sequence, entry.occurredAt(), entry.actor(), entry.sessionHash(), entry.organizationId(),
                    entry.action(), entry.recordType(), entry.recordId(), entry.outcome(), entry.detail(), previous, new byte[0]).sealedWith(key);
            rows.add(new Object[] {event.sequence(), Timestamp.from(event.occurredAt()), event.actor(), event.sessionHash(), event.organizationId(),
                    event.action(), event.recordType(), event.recordId(), event.outcome().name(), event.detail(), event.previousHash(), event.hash()});
            previous = event.hash();
        }
        batches.batchUpdate("""
                insert into audit_event (sequence, occurred_at, actor, session_hash, organization_id, action, record_type,
                                         record_id, outcome, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.sql("update audit_chain_head set sequence = ?, hash = ? where id = 1").params(sequence, previous).update();
    }

    Head head() {
        return jdbc.sql("select sequence, hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2))).single();
    }

    /** Every row in sequence order, streamed so that a long trail does not have to fit in memory twice. */
    void forEachInOrder(Consumer<ChainedEvent> consumer) {
        try (var rows = jdbc.sql("select * from audit_event order by sequence").withFetchSize(1000).query(AuditLog::map).stream()) {
            rows.forEach(consumer);
        }
    }

    static ChainedEvent map(ResultSet rs, int rowNum) throws SQLException {
        return new ChainedEvent(rs.getLong("sequence"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("session_hash"), rs.getObject("organization_id", UUID.class), rs.getString("action"),
                rs.getString("record_type"), rs.getString("record_id"), Outcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"), rs.getBytes("previous_hash"), rs.getBytes("hash"));
    }
}
