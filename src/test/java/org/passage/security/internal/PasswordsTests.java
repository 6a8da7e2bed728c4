package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTests {

    private final Passwords passwords = new Passwords(new org.passage.security.SecretHashing());

    @Test
    void hashesWithArgon2idAndVerifies() {
        String hash = passwords.hash("a long enough passphrase");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(passwords.matches("a long enough passphrase", hash)).isTrue();
        assertThat(passwords.matches("a long enough passphrasE", hash)).isFalse();
    }

    @Test
    void oneTimePasswordsAreLongUnambiguousAndFresh() {
        String first = passwords.oneTimePassword();
        assertThat(first).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}").doesNotContain("0", "1", "l", "o", "i");
        assertThat(passwords.oneTimePassword()).isNotEqualTo(first);
    }

    @Test
    void refusesShortMismatchedOrUsernamePasswords() {
        assertThat(passwords.refusal("short", "short", "anna")).hasValue("password.error.length");
        assertThat(passwords.refusal("x".repeat(129), "x".repeat(129), "anna")).hasValue("password.error.length");
        assertThat(passwords.refusal("twelve chars ok", "twelve chars OK", "anna")).hasValue("password.error.mismatch");
        assertThat(passwords.refusal("my name is ANNA really", "my name is ANNA really", "anna")).hasValue("password.error.username");
        assertThat(passwords.refusal("a long enough passphrase", "a long enough passphrase", "anna")).isEmpty();
    }

    /** The red team's {@code passwordpassword} and its cousins: long enough, guessed in seconds. */
    @Test
    void refusesGuessablePasswordsThatAreLongEnough() {
        for (String weak : java.util.List.of("passwordpassword", "PasswordPassword", "abcabcabcabc", "aaaaaaaaaaaaaaaa",
                "123456789012", "abcdefghijklmn", "1212121212121", "Password2024!", "qwertyuiop123", "пароль123456",
                "zzzzzzzzzzzzzzzy")) {
            assertThat(passwords.refusal(weak, weak, "anna")).as(weak).hasValue("password.error.guessable");
        }
        for (String fine : java.util.List.of("correct horse battery staple", "my own long passphrase", "a brand new passphrase",
                "Tbilisi-train-7-lemons", "пароль от дачи у моря зимой")) {
            assertThat(passwords.refusal(fine, fine, "anna")).as(fine).isEmpty();
        }
    }
}
