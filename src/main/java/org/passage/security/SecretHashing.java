package org.passage.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way Passage stores a secret it must later recognise (staff passwords, an intake passphrase): an
 * Argon2id hash with OWASP's recommended minimum (19 MiB memory, 2 iterations, 1 lane, 16-byte salt, 32-byte
 * hash). Features never pick their own parameters, so raising them here raises them everywhere;
 * {@link #needsRehash} tells a caller holding the plain secret (at login) that the stored hash is weaker.
 */
@Component
public final class SecretHashing {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Verified against when the account or code is unknown, so that a miss costs as long as a wrong secret. */
    private final String decoy = encoder.encode("decoy secret that nobody has");

    public String hash(String secret) {
        return encoder.encode(secret);
    }

    /** Whether {@code secret} is the one {@code hash} was made from; a malformed hash is simply no match. */
    public boolean verify(String secret, String hash) {
        return encoder.matches(secret, hash);
    }

    /** Whether {@code hash} was made with weaker parameters than today's and should be replaced at the next chance. */
    public boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    /** Costs as much as a {@link #verify} that fails: for an unknown account or code, so timing tells nothing. */
    public void spendTime(String secret) {
        encoder.matches(secret, decoy);
    }
}
