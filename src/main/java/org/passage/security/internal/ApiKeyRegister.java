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
import org.passage.database.DatabaseNotifications;
import org.passage.security.ApiKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The organizations' API keys. A key is "psg_" and 256 random bits (base64url); only its SHA-256 is stored, so the
 * database never holds a usable key and the key is shown once, when it is made. Keys expire and can be revoked.
 *
 * <p>Look-ups are cached by hash, so a request with a known key costs no database round trip: a revocation here
 * drops the key from the cache before it returns (the next request is refused), and tells the other processes
 * ({@code passage api-keys revoke}, other servers) through {@link DatabaseNotifications} when it commits, so they drop
 * it as soon as the notification arrives. Should one be missed (while a listener reconnects), the revocation is still
 * seen within {@link #REVOCATION_CHECK}: the first request after that interval asks the database whether any key was
 * revoked since, and empties the cache if so. Only keys that
 * authenticated are cached (unknown keys are not, so guessing fills no memory); {@code last_used_at} is written at
 * most once a minute per key.
 */
@Service
class ApiKeyRegister implements ApiKeys {

    static final String PREFIX = "psg_";
    static final int MAX_DAYS = 366;

    /** A key that authenticated a request. */
    record Active(UUID id, UUID organizationId, String name) {
    }

    static final Duration REVOCATION_CHECK = Duration.ofSeconds(1);
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** A cached key: until when it is valid, and when its use was last written. */
    private record Cached(Active key, Instant expiresAt, java.util.concurrent.atomic.AtomicReference<Instant> lastUsedWritten) {
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicReference<Instant> revocationsCheckedAt = new java.util.concurrent.atomic.AtomicReference<>(Instant.EPOCH);
    private volatile String revocations = "";

    /** The notification channel of revocations; the payload is the revoked key's id. */
    static final String REVOKED = "api_key_revoked";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final @Nullable DatabaseNotifications notifications;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    ApiKeyRegister(JdbcClient jdbc, DatabaseNotifications notifications) {
        this(jdbc, Clock.systemUTC(), notifications);
    }

    ApiKeyRegister(JdbcClient jdbc, Clock clock, @Nullable DatabaseNotifications notifications) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notifications = notifications;
        if (notifications != null) {
            notifications.subscribe(REVOKED, this::forget);
        }
    }

    /** Drops a key from the cache (its id as text; anything else empties the cache). */
    private void forget(String id) {
        try {
            UUID key = UUID.fromString(id);
            cache.values().removeIf(c -> c.key().id().equals(key));
        } catch (IllegalArgumentException e) {
            cache.clear();
        }
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
        cache.values().removeIf(c -> c.key().id().equals(id));
        boolean revoked = jdbc.sql("update api_keys set revoked_at = coalesce(revoked_at, ?) where id = ? and organization_id = ?")
                .params(Timestamp.from(clock.instant()), id, organization).update() == 1;
        // again: a request may have cached the key from the database between the first removal and the update
        cache.values().removeIf(c -> c.key().id().equals(id));
        if (revoked && notifications != null) {
            notifications.publish(REVOKED, id.toString());
        }
        return revoked;
    }

    /** The key's row when it is known, not revoked and not expired; records the use (to the minute). */
    Optional<Active> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        seeRevocationsElsewhere(now);
        byte[] hash = hash(secret);
        String cacheKey = Base64.getEncoder().encodeToString(hash);
        Cached cached = cache.get(cacheKey);
        if (cached == null || !cached.expiresAt().isAfter(now)) {
            cache.remove(cacheKey);
            var found = jdbc.sql("select id, organization_id, name, expires_at from api_keys where key_hash = ? and revoked_at is null and expires_at > ?")
                    .params(hash, Timestamp.from(now))
                    .query((rs, i) -> new Cached(new Active(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)),
                            rs.getTimestamp(4).toInstant(), new java.util.concurrent.atomic.AtomicReference<>(Instant.EPOCH))).optional();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            cached = found.get();
            cache.put(cacheKey, cached);
        }
        Instant written = cached.lastUsedWritten().get();
        if (written.plus(LAST_USED_PRECISION).isBefore(now) && cached.lastUsedWritten().compareAndSet(written, now)) {
            jdbc.sql("update api_keys set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                    .params(Timestamp.from(now), cached.key().id(), Timestamp.from(now.minus(LAST_USED_PRECISION))).update();
        }
        return Optional.of(cached.key());
    }

    /** Empties the cache when a key was revoked in the database since the last look (at most once per {@link #REVOCATION_CHECK}). */
    private void seeRevocationsElsewhere(Instant now) {
        Instant checked = revocationsCheckedAt.get();
        if (now.isBefore(checked.plus(REVOCATION_CHECK)) || !revocationsCheckedAt.compareAndSet(checked, now)) {
            return;
        }
        String state = jdbc.sql("select count(*) || ':' || coalesce(max(revoked_at)::text, '') from api_keys where revoked_at is not null")
                .query(String.class).single();
        if (!state.equals(revocations)) {
            revocations = state;
            cache.clear();
        }
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
