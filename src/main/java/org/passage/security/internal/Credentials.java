package org.passage.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.crypto.AssociatedData;
import org.passage.crypto.SealedColumn;
import org.passage.crypto.SealedText;
import org.passage.crypto.Sealing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staff_credentials table. Updates that defend the login (failure count, TOTP step) are single SQL
 * statements, so two concurrent requests cannot both slip under a limit or both use one code.
 */
@Repository
class Credentials {

    /** One account's login state; the TOTP secret is opened only when a code is checked. */
    record State(UUID staffId, UUID sealScope, String passwordHash, boolean passwordIsOneTime,
                 @Nullable SealedText totpSecret, @Nullable Instant lockedUntil, int sessionEpoch) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        @Override
        public String toString() {
            return "Credentials.State[staffId=" + staffId + ", REDACTED]";
        }
    }

    private final JdbcClient jdbc;
    private final Sealing sealing;

    Credentials(JdbcClient jdbc, Sealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    void create(UUID staffId, UUID sealScope, String passwordHash) {
        jdbc.sql("insert into staff_credentials (staff_id, seal_scope, password_hash, password_is_one_time) values (?, ?, ?, true)")
                .params(staffId, sealScope, passwordHash).update();
    }

    Optional<State> find(UUID staffId) {
        return jdbc.sql("""
                        select staff_id, seal_scope, password_hash, password_is_one_time, totp_secret, locked_until, session_epoch
                        from staff_credentials where staff_id = ?""")
                .param(staffId)
                .query((rs, n) -> {
                    byte[] totp = rs.getBytes("totp_secret");
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new State(rs.getObject("staff_id", UUID.class), rs.getObject("seal_scope", UUID.class),
                            rs.getString("password_hash"), rs.getBoolean("password_is_one_time"),
                            totp == null ? null : new SealedText(totp), locked == null ? null : locked.toInstant(),
                            rs.getInt("session_epoch"));
                }).optional();
    }

    /** Counts a failed password or code; returns true if this failure locked the account. */
    boolean recordFailure(UUID staffId, Instant now) {
        var limit = LoginLimits.LOCKOUT;
        return jdbc.sql("""
                        update staff_credentials
                        set failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                            locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
                        where staff_id = :id
                        returning coalesce(locked_until = :until, false)""")
                .param("max", limit.attempts()).param("until", Timestamp.from(now.plus(limit.window())))
                .param("id", staffId)
                .query(Boolean.class).optional().orElse(false);
    }

    void clearFailures(UUID staffId) {
        jdbc.sql("update staff_credentials set failed_attempts = 0, locked_until = null where staff_id = ?").param(staffId).update();
    }

    void setPassword(UUID staffId, String passwordHash, boolean oneTime) {
        jdbc.sql("update staff_credentials set password_hash = ?, password_is_one_time = ?, password_changed_at = now() where staff_id = ?")
                .params(passwordHash, oneTime, staffId).update();
    }

    void setTotpSecret(UUID staffId, UUID sealScope, byte[] secret, long firstUsedStep) {
        SealedText sealed = sealing.seal(sealScope, Base32.encode(secret), totpSecretOf(staffId));
        jdbc.sql("update staff_credentials set totp_secret = ?, totp_last_step = ? where staff_id = ?")
                .params(sealed.ciphertext(), firstUsedStep, staffId).update();
    }

    void removeTotp(UUID staffId) {
        jdbc.sql("update staff_credentials set totp_secret = null, totp_last_step = 0 where staff_id = ?").param(staffId).update();
    }

    byte[] openTotpSecret(State state) {
        if (state.totpSecret() == null) {
            throw new IllegalStateException("no second factor enrolled");
        }
        return Base32.decode(sealing.open(state.sealScope(), state.totpSecret(), totpSecretOf(state.staffId())));
    }

    /** Marks {@code step} used if it is newer than the last used one; false means the code was replayed. */
    boolean useTotpStep(UUID staffId, long step) {
        return jdbc.sql("update staff_credentials set totp_last_step = ? where staff_id = ? and totp_last_step < ?")
                .params(step, staffId, step).update() == 1;
    }

    int sessionEpoch(UUID staffId) {
        return jdbc.sql("select session_epoch from staff_credentials where staff_id = ?").param(staffId)
                .query(Integer.class).optional().orElse(-1);
    }

    void endAllSessions(UUID staffId) {
        jdbc.sql("update staff_credentials set session_epoch = session_epoch + 1 where staff_id = ?").param(staffId).update();
    }

    private static AssociatedData totpSecretOf(UUID staffId) {
        return new AssociatedData("staff_credentials", "totp_secret", staffId);
    }

    /** Declares the sealed column so that key rotation re-encrypts it. */
    @Configuration(proxyBeanMethods = false)
    static class SealedColumns {
        @Bean
        SealedColumn staffTotpSecret() {
            return new SealedColumn("staff_credentials", "totp_secret", "staff_id", "seal_scope");
        }
    }
}
