package org.passage.intake.internal;

import java.security.SecureRandom;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The passphrase a person gets with his case code: 20 characters from an alphabet without look-alikes
 * (~99 bits), grouped by four for copying by hand. Stored only as an Argon2id hash with the parameters of
 * staff passwords (security's {@code Passwords}, which is not exported: OWASP minimum, 19 MiB, 2 iterations).
 */
@Component
class Passphrases {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private final PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final SecureRandom random = new SecureRandom();
    /** Checked against when the case code is unknown, so that a wrong code costs as long as a wrong passphrase. */
    private final String decoy = encoder.encode("decoy passphrase nobody has");

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
        return encoder.encode(normalize(passphrase));
    }

    boolean matches(String passphrase, String hash) {
        return encoder.matches(normalize(passphrase), hash);
    }

    void spendTime(String passphrase) {
        encoder.matches(normalize(passphrase), decoy);
    }

    /** Typed by hand: case, spaces and missing dashes do not matter. */
    static String normalize(String passphrase) {
        String letters = passphrase == null ? "" : passphrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return letters.length() > 64 ? letters.substring(0, 64) : letters;
    }
}
