package org.passage.intake.internal;

import java.security.SecureRandom;
import org.passage.security.SecretHashing;
import org.springframework.stereotype.Component;

/**
 * The passphrase a person gets with his case code: 20 characters from an alphabet without look-alikes
 * (~99 bits), grouped by four for copying by hand. Stored only as the shared Argon2id hash of
 * {@link SecretHashing}, the same as staff passwords.
 */
@Component
class Passphrases {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final SecretHashing hashing;
    private final SecureRandom random = new SecureRandom();

    Passphrases(SecretHashing hashing) {
        this.hashing = hashing;
    }

    String generate() {
        var out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    String hash(String passphrase) {
        return hashing.hash(normalize(passphrase));
    }

    boolean matches(String passphrase, String hash) {
        return hashing.verify(normalize(passphrase), hash);
    }

    /** When the case code is unknown, so that a wrong code costs as long as a wrong passphrase. */
    void spendTime(String passphrase) {
        hashing.spendTime(normalize(passphrase));
    }

    /** Typed by hand: case, spaces and missing dashes do not matter. */
    static String normalize(String passphrase) {
        String letters = passphrase == null ? "" : passphrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return letters.length() > 64 ? letters.substring(0, 64) : letters;
    }
}
