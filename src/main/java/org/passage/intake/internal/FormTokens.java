package org.passage.intake.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Single-use tokens for the public intake form, cheap friction for bots that needs no JavaScript: the form carries a
 * token saying when it was served (HMAC under a key made at start, so showing a form stores nothing); a submission
 * sooner than a person could type, with a token already used, expired, forged or from before a restart is not
 * refused but held for a person to look at (see {@link IntakeTriage}). Used tokens are remembered until they expire,
 * at most {@link #MAX_REMEMBERED}; when that many are live, a token cannot be proven unused and counts as reused.
 */
@Component
class FormTokens {

    static final Duration LIFETIME = Duration.ofHours(6);
    static final int MAX_REMEMBERED = 200_000;
    private static final int NONCE = 16;
    private static final int TAG = 16;

    /** What a submitted token says about the submission. */
    enum Verdict { FINE, TOO_FAST, UNUSABLE }

    /** A used token: until when it is remembered, and the case code its submission got with a digest of what it said. */
    private record Use(Instant expires, @Nullable String code, @Nullable String said) {
    }

    private final byte[] key = new byte[32];
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Use> used = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration minimumFillTime;

    FormTokens(Clock clock, @Value("${passage.intake.minimum-fill-time:PT3S}") Duration minimumFillTime) {
        this.clock = clock;
        this.minimumFillTime = minimumFillTime;
        random.nextBytes(key);
    }

    String issue() {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        ByteBuffer body = ByteBuffer.allocate(8 + NONCE + TAG).putLong(clock.instant().getEpochSecond()).put(nonce);
        body.put(tag(body.array(), 8 + NONCE));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(body.array());
    }

    /** Whether {@code token} is genuine, unexpired and unused, without using it (a form shown again keeps its token). */
    boolean genuine(@Nullable String token) {
        return issuedAt(token) != null && !used.containsKey(canonical(token));
    }

    /**
     * Remembers which case code the submission with this token got, with a digest of what it said: the receipt page is
     * the answer to the POST itself (the passphrase is shown once and kept nowhere), so a person who refreshes it on a
     * shaky connection sends the same form again.
     */
    void received(@Nullable String token, String code, String said) {
        if (issuedAt(token) != null) {
            used.computeIfPresent(canonical(token), (t, use) -> new Use(use.expires(), code, said));
        }
    }

    /** The case code of an earlier submission of this very form with the same words: a page sent again, not a new message. */
    java.util.Optional<String> receivedAlready(@Nullable String token, String said) {
        if (issuedAt(token) == null) {
            return java.util.Optional.empty();
        }
        Use use = used.get(canonical(token));
        return use == null || use.code() == null || !said.equals(use.said()) ? java.util.Optional.empty() : java.util.Optional.of(use.code());
    }

    /** What a form said, as a keyed digest (kept in memory beside its token, never the words themselves). */
    String said(IntakeForm form) {
        byte[] words = String.join("\u0000", form.name(), form.contact(), form.whereabouts(), form.needs())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tag(words, words.length));
    }

    /** Checks and uses up the token. */
    Verdict spend(@Nullable String token) {
        Instant issued = issuedAt(token);
        Instant now = clock.instant();
        if (issued == null || !remember(canonical(token), issued.plus(LIFETIME), now)) {
            return Verdict.UNUSABLE;
        }
        return issued.plus(minimumFillTime).isAfter(now) ? Verdict.TOO_FAST : Verdict.FINE;
    }

    private @Nullable Instant issuedAt(@Nullable String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token == null ? "" : token);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (bytes.length != 8 + NONCE + TAG
                || !MessageDigest.isEqual(tag(bytes, 8 + NONCE), Arrays.copyOfRange(bytes, 8 + NONCE, bytes.length))) {
            return null;
        }
        Instant issued = Instant.ofEpochSecond(ByteBuffer.wrap(bytes).getLong());
        Instant now = clock.instant();
        return issued.isAfter(now.plusSeconds(5)) || !issued.plus(LIFETIME).isAfter(now) ? null : issued;
    }

    /** False when the token was used already, or when the table is full of live tokens (fails closed: held). */
    private boolean remember(String token, Instant expires, Instant now) {
        if (used.size() >= MAX_REMEMBERED) {
            used.values().removeIf(use -> !use.expires().isAfter(now));
            if (used.size() >= MAX_REMEMBERED) {
                return false;
            }
        }
        return used.putIfAbsent(token, new Use(expires, null, null)) == null;
    }

    /**
     * The token as issued: base64 leaves spare bits in its last character that a lenient decoder ignores, so the same
     * token can be spelled several ways; it is remembered by its bytes, not by the spelling it came in.
     */
    private static String canonical(@Nullable String token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getUrlDecoder().decode(token == null ? "" : token));
    }

    private byte[] tag(byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(data, 0, length);
            return Arrays.copyOf(mac.doFinal(), TAG);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
