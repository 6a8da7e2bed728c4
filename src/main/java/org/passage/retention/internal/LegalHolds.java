package org.passage.retention.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_legal_hold} table: while a row exists the case is not erased. The reason is sealed. */
@Repository
class LegalHolds {

    static final String TABLE = "case_legal_hold";

    /** A hold: when, by whom and why (the reason may name a court or a person: it is sealed at rest). */
    record Hold(Instant placedAt, UUID placedBy, String reason) {
        @Override
        public String toString() {
            return "Hold[" + placedAt + ", REDACTED]";
        }
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;

    LegalHolds(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    boolean held(CaseId id) {
        return jdbc.sql("select count(*) from case_legal_hold where case_id = ?").param(id.value()).query(Long.class).single() > 0;
    }

    Optional<Hold> find(UUID organizationId, CaseId id) {
        return jdbc.sql("select placed_at, placed_by, reason from case_legal_hold where case_id = ? and organization_id = ?")
                .params(id.value(), organizationId)
                .query((rs, n) -> new Hold(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class),
                        sealing.open(organizationId, new SealedText(rs.getBytes(3)), new AssociatedData(TABLE, "reason", id.value()))))
                .optional();
    }

    /** Places a hold; false if the case was held already. */
    boolean place(UUID organizationId, CaseId id, UUID by, String reason, Instant at) {
        return jdbc.sql("""
                insert into case_legal_hold (case_id, organization_id, placed_at, placed_by, reason) values (?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(id.value(), organizationId, Timestamp.from(at), by,
                        sealing.seal(organizationId, reason, new AssociatedData(TABLE, "reason", id.value())).ciphertext())
                .update() == 1;
    }

    boolean lift(UUID organizationId, CaseId id) {
        return jdbc.sql("delete from case_legal_hold where case_id = ? and organization_id = ?").params(id.value(), organizationId).update() == 1;
    }

    /** The reason is sealed with the organization's key: the hold must stay readable while it keeps the case. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn legalHoldReason() {
            return new SealedColumn(TABLE, "reason", "case_id", "organization_id");
        }
    }
}
