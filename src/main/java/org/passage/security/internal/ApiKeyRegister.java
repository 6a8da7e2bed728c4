package org.passage.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.security.ApiKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The organizations' API keys. A key is "psg_" and 256 random bits (base64url); only its SHA-256 is stored, so the
 * database never holds a usable key and the key is shown once, when it is made. Keys expire and can be revoked.
 */
@Service
class ApiKeyRegister implements ApiKeys {

    static final String PREFIX = "psg_";
    static final int MAX_DAYS = 366;

    /** A key that authenticated a request. */
    record Active(UUID id, UUID organizationId, String name) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    ApiKeyRegister(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    ApiKeyRegister(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Issued create(UUID organization, @Nullable UUID createdBy, String name, int days) {
        if (name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("name");
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days");
        }
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        jdbc.sql("insert into api_keys (id, organization_id, name, key_hash, created_by, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, organization, name.strip(), hash(secret), createdBy, Timestamp.from(now), Timestamp.from(expires)).update();
        return new Issued(id, name.strip(), expires, secret);
    }

    @Override
    public List<Listed> list(UUID organization) {
        return jdbc.sql("select id, name, created_at, expires_at, revoked_at, last_used_at from api_keys where organization_id = ? order by created_at desc")
                .param(organization).query((rs, i) -> new Listed(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)))).list();
    }

    @Override
    public boolean revoke(UUID organization, UUID id) {
        return jdbc.sql("update api_keys set revoked_at = coalesce(revoked_at, ?) where id = ? and organization_id = ?")
                .params(Timestamp.from(clock.instant()), id, organization).update() == 1;
    }

    /** The key's row when it is known, not revoked and not expired; records the use (to the minute). */
    Optional<Active> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var key = jdbc.sql("select id, organization_id, name from api_keys where key_hash = ? and revoked_at is null and expires_at > ?")
                .params(hash(secret), Timestamp.from(now))
                .query((rs, i) -> new Active(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))).optional();
        key.ifPresent(k -> jdbc.sql("update api_keys set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), k.id(), Timestamp.from(now.minusSeconds(60))).update());
        return key;
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
