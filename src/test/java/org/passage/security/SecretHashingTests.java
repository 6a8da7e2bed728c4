package org.passage.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** The shared Argon2id hashing: salted, verifiable, and it flags hashes made with weaker parameters. */
class SecretHashingTests {

    private final SecretHashing hashing = new SecretHashing();

    @Test
    void hashesAreSaltedArgon2idAndVerify() {
        String first = hashing.hash("correct horse battery");
        String second = hashing.hash("correct horse battery");
        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
        assertThat(hashing.verify("correct horse battery", first)).isTrue();
        assertThat(hashing.verify("correct horse batterY", first)).isFalse();
        assertThat(hashing.verify("anything", "not a hash")).isFalse();
        hashing.spendTime("anything");
    }

    @Test
    void aHashWithWeakerParametersNeedsRehashing() {
        String weak = new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode("old secret");
        assertThat(hashing.needsRehash(weak)).isTrue();
        assertThat(hashing.needsRehash(hashing.hash("new secret"))).isFalse();
        assertThat(hashing.verify("old secret", weak)).isTrue();
    }
}
