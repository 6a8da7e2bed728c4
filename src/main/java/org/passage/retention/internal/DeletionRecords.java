package org.passage.retention.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.passage.crypto.DetachedSignature;
import org.passage.crypto.OrganizationSigning;
import org.passage.retention.DeletionRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only {@code deletion_record} table; each record signed with the organization's signing key (as the dossier is). */
@Repository
class DeletionRecords {

    private final JdbcClient jdbc;
    private final OrganizationSigning signing;

    DeletionRecords(JdbcClient jdbc, OrganizationSigning signing) {
        this.jdbc = jdbc;
        this.signing = signing;
    }

    DeletionRecord write(UUID organizationId, String caseCode, Instant at, String rule, String requestedBy, String confirmedBy) {
        UUID id = UUID.randomUUID();
        Instant erasedAt = at.truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps, so the statement matches the row
        String hash = DeletionRecord.caseCodeHash(organizationId, caseCode);
        String statement = DeletionRecord.statement(id, organizationId, hash, erasedAt, rule, requestedBy, confirmedBy);
        DetachedSignature signature = signing.sign(organizationId, statement.getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                insert into deletion_record (id, organization_id, case_code_hash, erased_at, rule, requested_by, confirmed_by, statement, key_id, signature)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organizationId, hash, Timestamp.from(erasedAt), rule, requestedBy, confirmedBy, statement, signature.keyId(),
                        signature.signature()).update();
        return new DeletionRecord(id, organizationId, hash, erasedAt, rule, requestedBy, confirmedBy, statement, signature.keyId(),
                signature.signature());
    }

    List<DeletionRecord> of(UUID organizationId) {
        return jdbc.sql("select * from deletion_record where organization_id = ? order by erased_at desc, id").param(organizationId)
                .query((rs, n) -> map(rs)).list();
    }

    /** The signature verifies and the statement says what the row says (a row edited past the trigger is caught). */
    boolean verifies(DeletionRecord record) {
        String expected = DeletionRecord.statement(record.id(), record.organizationId(), record.caseCodeHash(), record.erasedAt(), record.rule(),
                record.requestedBy(), record.confirmedBy());
        return expected.equals(record.statement())
                && signing.publicKey(record.organizationId()).verifies(record.statement().getBytes(StandardCharsets.UTF_8), record.signature());
    }

    private static DeletionRecord map(ResultSet rs) throws SQLException {
        return new DeletionRecord(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class), rs.getString("case_code_hash"),
                rs.getTimestamp("erased_at").toInstant(), rs.getString("rule"), rs.getString("requested_by"), rs.getString("confirmed_by"),
                rs.getString("statement"), rs.getString("key_id"), rs.getBytes("signature"));
    }
}
