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
    Head appendAll(java.util.List<Entry> entries) {
        Head head = jdbc.sql("select sequence, hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2))).single();
        if (entries.isEmpty()) {
            return head;
        }
        java.util.List<Object[]> rows = new java.util.ArrayList<>(entries.size());
        for (ChainedEvent event : chained(head, entries)) {
            rows.add(new Object[] {event.sequence(), Timestamp.from(event.occurredAt()), event.actor(), event.sessionHash(), event.organizationId(),
                    event.action(), event.recordType(), event.recordId(), event.outcome().name(), event.detail(), event.previousHash(), event.hash()});
        }
        batches.batchUpdate("""
                insert into audit_event (sequence, occurred_at, actor, session_hash, organization_id, action, record_type,
                                         record_id, outcome, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        Head last = new Head((Long) rows.getLast()[0], (byte[]) rows.getLast()[11]);
        jdbc.sql("update audit_chain_head set sequence = ?, hash = ? where id = 1").params(last.sequence(), last.hash()).update();
        return last;
    }

    /**
     * Appends entries after {@code expected} in one statement, so in one round trip and one commit (run it outside a
     * transaction: it commits by itself): the statement moves the chain head from {@code expected} to the last new
     * event and inserts the rows only if the head was still {@code expected}, all or nothing. Returns the new head, or
     * null when another writer had appended meanwhile (nothing is written then; {@link #appendAll} reads the head).
     * The head row is locked only for the statement, and a writer holding it makes the statement wait and then miss.
     */
    @Nullable Head appendAllAfter(Head expected, java.util.List<Entry> entries) {
        java.util.List<ChainedEvent> events = chained(expected, entries);
        int n = events.size();
        Long[] sequences = new Long[n];
        String[][] texts = new String[9][n];
        byte[][] previous = new byte[n][];
        byte[][] hashes = new byte[n][];
        for (int i = 0; i < n; i++) {
            ChainedEvent e = events.get(i);
            sequences[i] = e.sequence();
            String[] row = {e.occurredAt().toString(), e.actor(), e.sessionHash(), e.organizationId() == null ? null : e.organizationId().toString(),
                    e.action(), e.recordType(), e.recordId(), e.outcome().name(), e.detail()};
            for (int c = 0; c < row.length; c++) {
                texts[c][i] = row[c];
            }
            previous[i] = e.previousHash();
            hashes[i] = e.hash();
        }
        ChainedEvent last = events.getLast();
        Integer inserted = batches.execute((java.sql.Connection connection) -> {
            try (var statement = connection.prepareStatement("""
                    with moved as (update audit_chain_head set sequence = ?, hash = ? where id = 1 and sequence = ? and hash = ? returning 1)
                    insert into audit_event (sequence, occurred_at, actor, session_hash, organization_id, action, record_type, record_id,
                                             outcome, detail, previous_hash, hash)
                    select * from unnest(?::int8[], ?::text[]::timestamptz[], ?::text[], ?::text[], ?::text[]::uuid[], ?::text[], ?::text[],
                                         ?::text[], ?::text[], ?::text[], ?::bytea[], ?::bytea[])
                    where exists (select 1 from moved)""")) {
                statement.setLong(1, last.sequence());
                statement.setBytes(2, last.hash());
                statement.setLong(3, expected.sequence());
                statement.setBytes(4, expected.hash());
                statement.setArray(5, connection.createArrayOf("int8", sequences));
                for (int c = 0; c < texts.length; c++) {
                    statement.setArray(6 + c, connection.createArrayOf("text", texts[c]));
                }
                statement.setArray(15, connection.createArrayOf("bytea", previous));
                statement.setArray(16, connection.createArrayOf("bytea", hashes));
                int rows = statement.executeUpdate();
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                return rows;
            }
        });
        if (inserted == null || inserted == 0) {
            return null;
        }
        if (inserted != n) {
            throw new IllegalStateException("the audit append wrote " + inserted + " of " + n + " events");
        }
        return new Head(last.sequence(), last.hash());
    }

    /** The entries as events chained after {@code head}, sealed with the chain key. */
    private java.util.List<ChainedEvent> chained(Head head, java.util.List<Entry> entries) {
        java.util.List<ChainedEvent> events = new java.util.ArrayList<>(entries.size());
        long sequence = head.sequence();
        byte[] previous = head.hash();
        for (Entry entry : entries) {
            ChainedEvent event = new ChainedEvent(++sequence, entry.occurredAt(), entry.actor(), entry.sessionHash(), entry.organizationId(),
                    entry.action(), entry.recordType(), entry.recordId(), entry.outcome(), entry.detail(), previous, new byte[0]).sealedWith(key);
            events.add(event);
            previous = event.hash();
        }
        return events;
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
