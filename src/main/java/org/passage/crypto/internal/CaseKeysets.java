package org.passage.crypto.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code case_keyset} table: each case's keyset, encrypted by its erasure key and sealed by the organization's key. */
@Repository
class CaseKeysets {

    static final String TABLE = "case_keyset";
    static final String COLUMN = "keyset";

    /** A case's stored keyset; {@code sealedKeyset} is null once the case was erased. */
    record Row(UUID caseId, UUID organizationId, byte @Nullable [] sealedKeyset) {
        boolean erased() {
            return sealedKeyset == null;
        }
    }

    private final JdbcClient jdbc;

    CaseKeysets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(UUID caseId) {
        return jdbc.sql("select case_id, organization_id, keyset from case_keyset where case_id = ?").param(caseId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBytes(3))).optional();
    }

    void insertIfAbsent(UUID caseId, UUID organizationId, byte[] sealedKeyset) {
        jdbc.sql("insert into case_keyset (case_id, organization_id, keyset) values (?, ?, ?) on conflict do nothing")
                .params(caseId, organizationId, sealedKeyset).update();
    }

    /** Empties the row (or writes an empty one, so that the case can never get a key again). */
    void erase(UUID caseId, UUID organizationId) {
        jdbc.sql("""
                insert into case_keyset (case_id, organization_id, keyset, erased_at) values (?, ?, null, now())
                on conflict (case_id) do update set keyset = null, erased_at = coalesce(case_keyset.erased_at, now())""")
                .params(caseId, organizationId).update();
    }

    List<UUID> erased(List<UUID> among) {
        if (among.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select case_id from case_keyset where erased_at is not null and case_id = any(?)")
                .param(among.toArray(UUID[]::new)).query(UUID.class).list();
    }
}
