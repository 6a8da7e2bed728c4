package org.passage.telegram.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time codes that connect a Telegram chat to a case (for check-ins) or to a staff member (for alerts).
 * Twelve characters without look-alikes (~59 bits) typed by hand into the chat, valid for a day, used once,
 * stored only as SHA-256; guessing is further bounded by the bot's per-chat limit.
 */
@Repository
class LinkCodes {

    enum Kind { CASE, STAFF }

    record Redeemed(UUID organizationId, @Nullable UUID caseId, @Nullable UUID staffId) {
    }

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    LinkCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue(Kind kind, UUID organizationId, @Nullable UUID caseId, @Nullable UUID staffId, Instant now, Instant expiresAt) {
        var code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        // an earlier unused code for the same case or member stops working: only the newest one shown is valid
        jdbc.sql("update telegram_link_codes set used_at = :now where used_at is null and kind = :kind and (case_id = :case or staff_id = :staff)")
                .param("now", Timestamp.from(now)).param("kind", kind.name()).param("case", caseId).param("staff", staffId).update();
        jdbc.sql("""
                insert into telegram_link_codes (code_hash, kind, organization_id, case_id, staff_id, created_at, expires_at)
                values (:hash, :kind, :org, :case, :staff, :now, :expires)""")
                .param("hash", hash(code.toString())).param("kind", kind.name()).param("org", organizationId)
                .param("case", caseId).param("staff", staffId).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt)).update();
        return code.toString();
    }

    Optional<Redeemed> redeem(Kind kind, String typed, Instant now) {
        String normalized = normalize(typed);
        if (normalized.length() != 12) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update telegram_link_codes set used_at = :now
                where code_hash = :hash and kind = :kind and used_at is null and expires_at > :now
                returning organization_id, case_id, staff_id""")
                .param("now", Timestamp.from(now)).param("hash", hash(normalized)).param("kind", kind.name())
                .query((rs, n) -> new Redeemed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
                .optional();
    }

    /** Typed by hand: case, spaces and dashes do not matter. */
    static String normalize(String typed) {
        String letters = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return letters.length() > 32 ? "" : letters;
    }

    private static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(normalize(code).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
