package org.passage.evidence.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.evidence.CustodyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only custody log. Each append extends the item's hash chain and writes the same event, with the
 * link's hash, to the audit trail in the same transaction: the log and the trail commit together or not at all.
 * The detail (purpose, recipient, result) is sealed under the case's key, so that erasing the case makes it unreadable;
 * the audit trail gets only the action and the hash.
 */
@Repository
class CustodyLog {

    static final String TABLE = "evidence_custody";
    private final JdbcClient jdbc;
    private final Sealing sealing;
    private final AuditTrail audit;

    CustodyLog(JdbcClient jdbc, Sealing sealing, AuditTrail audit) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.audit = audit;
    }

    /** Must run in the caller's transaction (the item's chain is locked until it ends). */
    void append(UUID organizationId, UUID evidenceId, Instant when, String actor, CustodyEvent.Action action, String detail) {
        // one writer per item at a time, so positions and previous hashes never fork
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(evidenceId.toString()).query(Object.class).single();
        var last = jdbc.sql("select position, hash from evidence_custody where evidence_id = ? order by position desc limit 1")
                .param(evidenceId).query((rs, n) -> new Object[] {rs.getInt(1), rs.getBytes(2)}).optional();
        int position = last.map(l -> (Integer) l[0] + 1).orElse(0);
        byte[] previous = last.map(l -> (byte[]) l[1]).orElse(CustodyChain.GENESIS);
        UUID id = UUID.randomUUID();
        UUID caseId = jdbc.sql("select case_id from evidence_items where id = ?").param(evidenceId).query(UUID.class).single();
        Instant at = CustodyChain.stored(when);
        byte[] sealed = detail.isEmpty() ? null
                : sealing.seal(organizationId, detail, AssociatedData.ofCase(caseId, TABLE, "detail", id)).ciphertext();
        byte[] hash = CustodyChain.hash(previous, id, evidenceId, position, at, actor, action, sealed);
        jdbc.sql("""
                insert into evidence_custody (id, evidence_id, organization_id, case_id, position, occurred_at, actor, action, detail,
                                              previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, evidenceId, organizationId, caseId, position, Timestamp.from(at), actor, action.name(), sealed, previous, hash)
                .update();
        audit.record(new AuditEvent("evidence.custody", "evidence", evidenceId.toString(), organizationId, AuditEvent.Outcome.SUCCESS,
                action + " #" + position + " " + CustodyChain.hex(hash)));
    }

    List<CustodyEvent> events(UUID organizationId, UUID evidenceId) {
        return links(organizationId, evidenceId).stream()
                .map(l -> new CustodyEvent(l.at(), l.actor(), l.action(), detail(organizationId, l.id(), l.detail())))
                .toList();
    }

    /** -1 if the item's chain is intact, else the position of the first link that does not fit. */
    int firstBroken(UUID organizationId, UUID evidenceId) {
        return CustodyChain.firstBroken(links(organizationId, evidenceId));
    }

    private List<CustodyChain.Link> links(UUID organizationId, UUID evidenceId) {
        return jdbc.sql("""
                select id, position, occurred_at, actor, action, detail, previous_hash, hash, detail_sha256 from evidence_custody
                where evidence_id = ? and organization_id = ? order by position""")
                .params(evidenceId, organizationId)
                .query((rs, n) -> new CustodyChain.Link(rs.getObject("id", UUID.class), evidenceId, rs.getInt("position"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        CustodyEvent.Action.valueOf(rs.getString("action")), rs.getBytes("detail"), rs.getBytes("previous_hash"),
                        rs.getBytes("hash"), digest(rs.getString("detail_sha256"), rs.getBytes("detail"))))
                .list();
    }

    /** The digest the chain covers: kept when the detail was re-sealed, else that of the detail as stored. */
    private static @Nullable String digest(@Nullable String kept, byte @Nullable [] detail) {
        return kept != null ? kept : detail == null ? null : Original.sha256(detail);
    }

    /** The detail belongs to the item's case: sealed under its key, which key rotation leaves alone and erasure destroys. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn custodyDetail() {
            return SealedColumn.ofCase(TABLE, "detail", "case_id");
        }
    }

    private String detail(UUID organizationId, UUID id, byte @Nullable [] sealed) {
        return sealed == null ? "" : sealing.open(organizationId, new SealedText(sealed), new AssociatedData(TABLE, "detail", id));
    }
}
