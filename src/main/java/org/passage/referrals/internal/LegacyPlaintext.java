package org.passage.referrals.internal;

import java.util.List;
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
 * Seals what earlier versions wrote in plaintext — decline reasons before 11.1, partners' names and contacts before
 * 12.6 — and empties the plaintext, once, at startup. The migrations moved each such column aside to
 * {@code <column>_plaintext}, since SQL cannot seal. Afterwards those columns hold nothing; run {@code VACUUM FULL} on
 * the table to let PostgreSQL forget the old row versions too.
 */
@Component
class LegacyPlaintext implements ApplicationRunner {

    /** A table whose {@code columns} each had a {@code <column>_plaintext} twin (identifiers of ours, never input). */
    record Moved(String table, List<String> columns) {
    }

    static final List<Moved> MOVED = List.of(
            new Moved(Referrals.TABLE, List.of("decline_reason")),
            new Moved(Partners.TABLE, List.of("name", "contact")));

    private static final Logger log = LoggerFactory.getLogger(LegacyPlaintext.class);

    private final JdbcClient jdbc;
    private final Sealing sealing;

    LegacyPlaintext(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        for (Moved moved : MOVED) {
            for (String column : moved.columns()) {
                int sealed = seal(moved.table(), column);
                if (sealed > 0) {
                    log.info("Sealed {} values of {}.{} kept in plaintext by an earlier version", sealed, moved.table(), column);
                }
            }
        }
    }

    private int seal(String table, String column) {
        record Legacy(UUID id, UUID organization, String value) {
        }
        var rows = jdbc.sql("select id, organization_id, " + column + "_plaintext from " + table + " where " + column
                        + "_plaintext is not null for update")
                .query((rs, n) -> new Legacy(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))).list();
        for (Legacy row : rows) {
            byte[] sealed = sealing.seal(row.organization(), row.value(), new AssociatedData(table, column, row.id())).ciphertext();
            jdbc.sql("update " + table + " set " + column + " = :sealed, " + column + "_plaintext = null where id = :id")
                    .param("sealed", sealed).param("id", row.id()).update();
        }
        return rows.size();
    }
}
