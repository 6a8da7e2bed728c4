package org.passage.checkins.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.passage.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time links, stored as token hashes. Redeeming is one atomic update: a link works once, and only before it expires. */
@Repository
class Links {

    private final JdbcClient jdbc;

    Links(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(byte[] tokenHash, CaseId caseId, UUID organizationId, Instant now, Instant expiresAt) {
        jdbc.sql("""
                insert into checkin_links (token_hash, case_id, organization_id, created_at, expires_at)
                values (:hash, :case, :org, :now, :expires)""")
                .param("hash", tokenHash).param("case", caseId.value()).param("org", organizationId)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt)).update();
    }

    /** Whether the link would still work (for showing the form); it is used up only by {@link #redeem}. */
    boolean usable(byte[] tokenHash, Instant now) {
        return jdbc.sql("select count(*) from checkin_links where token_hash = :hash and used_at is null and expires_at > :now")
                .param("hash", tokenHash).param("now", Timestamp.from(now)).query(Integer.class).single() > 0;
    }

    Optional<CaseId> redeem(byte[] tokenHash, Instant now) {
        return jdbc.sql("""
                update checkin_links set used_at = :now
                where token_hash = :hash and used_at is null and expires_at > :now returning case_id""")
                .param("hash", tokenHash).param("now", Timestamp.from(now)).query(UUID.class).optional().map(CaseId::new);
    }

    /**
     * The case of a link used no longer than {@code repeatWindow} ago: the same form sent again (a phone on a bad
     * connection that lost the answer, a refresh of the "received" page) is the same check-in, not a stranger's.
     */
    Optional<CaseId> usedWithin(byte[] tokenHash, Instant now, java.time.Duration repeatWindow) {
        return jdbc.sql("select case_id from checkin_links where token_hash = :hash and used_at is not null and used_at > :since")
                .param("hash", tokenHash).param("since", Timestamp.from(now.minus(repeatWindow)))
                .query(UUID.class).optional().map(CaseId::new);
    }
}
