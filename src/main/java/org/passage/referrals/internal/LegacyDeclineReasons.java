package org.passage.referrals.internal;

import java.util.UUID;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.Sealing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals the decline reasons written in plaintext before version 11.1 (the migration moved them aside, since SQL
 * cannot seal) and empties their plaintext, once, at startup. Afterwards the plaintext column holds nothing; run
 * {@code VACUUM FULL referrals} to let PostgreSQL forget the old row versions too.
 */
@Component
class LegacyDeclineReasons implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacyDeclineReasons.class);

    private final JdbcClient jdbc;
    private final Sealing sealing;

    LegacyDeclineReasons(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        record Legacy(UUID id, UUID organization, String reason) {
        }
        var rows = jdbc.sql("select id, organization_id, decline_reason_plaintext from referrals where decline_reason_plaintext is not null for update")
                .query((rs, n) -> new Legacy(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))).list();
        for (Legacy row : rows) {
            byte[] sealed = sealing.seal(row.organization(), row.reason(), new AssociatedData(Referrals.TABLE, "decline_reason", row.id()))
                    .ciphertext();
            jdbc.sql("update referrals set decline_reason = :sealed, decline_reason_plaintext = null where id = :id")
                    .param("sealed", sealed).param("id", row.id()).update();
        }
        if (!rows.isEmpty()) {
            log.info("Sealed {} decline reasons kept in plaintext by an earlier version", rows.size());
        }
    }
}
