package org.passage.organizations.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.passage.organizations.StaffIdentities;
import org.passage.organizations.StaffIdentity;
import org.passage.organizations.StaffMember;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The identity columns of the staff table: the typed identity sealed under the account's own scope, and its keyed
 * HMAC under the installation's scope, so that the unique index sees one person across every organization.
 */
@Repository
class JdbcStaffIdentities implements StaffIdentities {

    static final String PURPOSE = "staff_identity";

    private final JdbcClient jdbc;
    private final Sealing sealing;

    JdbcStaffIdentities(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    @Override
    public void record(UUID staffId, StaffIdentity identity) {
        UUID scope = jdbc.sql("select seal_scope from staff where id = ?").param(staffId).query(UUID.class).single();
        byte[] sealed = sealing.seal(scope, identity.typed(), where(staffId)).ciphertext();
        int updated;
        try {
            updated = jdbc.sql("update staff set identity = ?, identity_index = ? where id = ? and identity_index is null")
                    .params(sealed, index(identity), staffId).update();
        } catch (DuplicateKeyException e) {
            throw new IdentityTaken();
        }
        if (updated != 1) {
            throw new IllegalStateException("this account names its person already");
        }
    }

    @Override
    public Optional<String> of(UUID staffId) {
        return jdbc.sql("select seal_scope, identity from staff where id = ? and identity is not null").param(staffId)
                .query((rs, n) -> sealing.open(rs.getObject(1, UUID.class), new SealedText(rs.getBytes(2)), where(staffId)))
                .optional();
    }

    @Override
    public List<UUID> holders(StaffIdentity identity) {
        return jdbc.sql("select id from staff where identity_index = ?").param(index(identity)).query(UUID.class).list();
    }

    private byte[] index(StaffIdentity identity) {
        return sealing.blindIndex(StaffMember.INSTALLATION_SCOPE, PURPOSE, identity.canonical());
    }

    private static AssociatedData where(UUID staffId) {
        return new AssociatedData("staff", "identity", staffId);
    }

    /** Declares the sealed column so that key rotation re-encrypts it. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn staffIdentity() {
            return new SealedColumn("staff", "identity", "id", "seal_scope");
        }
    }
}
