package org.passage.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organization's keys for the screening API, as its admin page manages them and as a tool can
 * ({@code passage api-keys}, the API benchmark). A key is shown once, when it is created: only its SHA-256 is
 * stored, so the database never holds a usable key. Keys expire and can be revoked.
 */
public interface ApiKeys {

    /** A key as the admin page lists it (never the key itself). */
    record Listed(UUID id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {
        public boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A key just made: {@code secret} is shown once and kept nowhere. */
    record Issued(UUID id, String name, Instant expiresAt, String secret) {
        @Override
        public String toString() {
            return "Issued[" + id + ", REDACTED]";
        }
    }

    /**
     * Creates a key of the organization named {@code name}, valid for {@code days} (1 to 366), made by the staff member
     * {@code createdBy}, or by an operator's command ({@code passage api-keys create}) when null.
     */
    Issued create(UUID organization, @Nullable UUID createdBy, String name, int days);

    /** The organization's keys, newest first. */
    List<Listed> list(UUID organization);

    /** Revokes a key of the organization; false when it has no such key. */
    boolean revoke(UUID organization, UUID id);
}
