package org.passage.crypto.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code organization_keyset} table: wrapped keysets only, never a key in the clear. */
@Repository
class OrganizationKeysets {

    record Row(UUID organizationId, byte[] dataKeyset, byte[] indexKeyset, int version, boolean reencryptionPending) {
    }

    private final JdbcClient jdbc;

    OrganizationKeysets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID organization) {
        return jdbc.sql("select * from organization_keyset where organization_id = ?").param(organization).query(OrganizationKeysets::map).optional();
    }

    /** Locks the row for the rest of the transaction (rotation). */
    Optional<Row> lock(UUID organization) {
        return jdbc.sql("select * from organization_keyset where organization_id = ? for update").param(organization)
                .query(OrganizationKeysets::map).optional();
    }

    Optional<Integer> version(UUID organization) {
        return jdbc.sql("select version from organization_keyset where organization_id = ?").param(organization).query(Integer.class).optional();
    }

    /** Inserts unless another process created the organization's keysets first. */
    void insertIfAbsent(UUID organization, byte[] dataKeyset, byte[] indexKeyset) {
        jdbc.sql("insert into organization_keyset (organization_id, data_keyset, index_keyset) values (?, ?, ?) on conflict do nothing")
                .params(organization, dataKeyset, indexKeyset).update();
    }

    void rewrap(UUID organization, byte[] dataKeyset, byte[] indexKeyset) {
        jdbc.sql("update organization_keyset set data_keyset = ?, index_keyset = ?, version = version + 1 where organization_id = ?")
                .params(dataKeyset, indexKeyset, organization).update();
    }

    void rotated(UUID organization, byte[] dataKeyset) {
        jdbc.sql("""
                update organization_keyset set data_keyset = ?, version = version + 1, reencryption_pending = true, rotated_at = now()
                where organization_id = ?""").params(dataKeyset, organization).update();
    }

    void replaceDataKeyset(UUID organization, byte[] dataKeyset) {
        jdbc.sql("update organization_keyset set data_keyset = ?, version = version + 1 where organization_id = ?")
                .params(dataKeyset, organization).update();
    }

    Optional<java.time.Instant> rotatedAt(UUID organization) {
        return jdbc.sql("select rotated_at from organization_keyset where organization_id = ? and rotated_at is not null").param(organization)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    void reencrypted(UUID organization) {
        jdbc.sql("update organization_keyset set reencryption_pending = false where organization_id = ?").param(organization).update();
    }

    List<UUID> organizations() {
        return jdbc.sql("select organization_id from organization_keyset order by organization_id").query(UUID.class).list();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from organization_keyset)").query(Boolean.class).single();
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("organization_id", UUID.class), rs.getBytes("data_keyset"), rs.getBytes("index_keyset"),
                rs.getInt("version"), rs.getBoolean("reencryption_pending"));
    }
}
