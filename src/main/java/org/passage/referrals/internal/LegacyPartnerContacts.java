package org.passage.referrals.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * Seals the partner names and contacts written in plaintext before version 12.6 (the migration moved them aside, since
 * SQL cannot seal) and empties their plaintext, once, at startup. Afterwards the plaintext columns hold nothing; run
 * {@code VACUUM FULL referral_partners} to let PostgreSQL forget the old row versions too.
 */
@Component
class LegacyPartnerContacts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacyPartnerContacts.class);

    private final JdbcClient jdbc;
    private final Sealing sealing;

    LegacyPartnerContacts(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        record Legacy(UUID id, UUID organization, @Nullable String name, @Nullable String contact) {
        }
        var rows = jdbc.sql("""
                        select id, organization_id, name_plaintext, contact_plaintext from referral_partners
                        where name_plaintext is not null or contact_plaintext is not null for update""")
                .query((rs, n) -> new Legacy(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)))
                .list();
        for (Legacy row : rows) {
            jdbc.sql("""
                            update referral_partners set name = coalesce(:name, name), contact = coalesce(:contact, contact),
                                   name_plaintext = null, contact_plaintext = null
                            where id = :id""")
                    .param("name", seal(row.organization(), row.id(), "name", row.name()))
                    .param("contact", seal(row.organization(), row.id(), "contact", row.contact()))
                    .param("id", row.id()).update();
        }
        if (!rows.isEmpty()) {
            log.info("Sealed the names and contacts of {} referral partners kept in plaintext by an earlier version", rows.size());
        }
    }

    private byte @Nullable [] seal(UUID organization, UUID id, String column, @Nullable String value) {
        return value == null ? null : sealing.seal(organization, value, new AssociatedData(Partners.TABLE, column, id)).ciphertext();
    }
}
