package org.passage.security.internal;

import java.security.SecureRandom;
import java.util.Optional;
import org.passage.security.SecretHashing;
import org.springframework.stereotype.Component;

/**
 * Staff passwords: hashed by the shared {@link SecretHashing} (Argon2id), one-time passwords for new and reset
 * accounts, and the rule a chosen password must meet.
 */
@Component
class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    /** No 0/O, 1/l/I: one-time passwords are read off a screen and typed. */
    private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final SecretHashing hashing;
    private final SecureRandom random = new SecureRandom();

    Passwords(SecretHashing hashing) {
        this.hashing = hashing;
    }

    String hash(String password) {
        return hashing.hash(password);
    }

    boolean matches(String password, String hash) {
        return hashing.verify(password, hash);
    }

    /** So that a login for an unknown username costs as much as one for a real account. */
    void spendTimeOnUnknownAccount(String password) {
        hashing.spendTime(password);
    }

    /** 16 characters from a 31-letter alphabet (~79 bits), grouped by four for reading aloud. */
    String oneTimePassword() {
        var out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
        }
        return out.toString();
    }

    /** Why a new password is refused (a message key), or empty when it is acceptable. */
    Optional<String> refusal(String candidate, String confirmation, String username) {
        if (candidate == null || candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
            return Optional.of("password.error.length");
        }
        if (!candidate.equals(confirmation)) {
            return Optional.of("password.error.mismatch");
        }
        if (candidate.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of("password.error.username");
        }
        if (GuessablePasswords.guessable(candidate)) {
            return Optional.of("password.error.guessable");
        }
        return Optional.empty();
    }
}
