package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import org.passage.organizations.Username;

/**
 * What a login form hands over is arbitrary text. A TOTP code is matched or not, never an exception; a
 * base32 key decodes or is refused as "not base32"; a username is valid or refused with the rule. Without
 * JAZZER_FUZZ=1 each test replays its seeds once; with it, each fuzzes for its maxDuration.
 */
class LoginInputFuzzTests {

    private static final byte[] SECRET = "12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @FuzzTest(maxDuration = "20s")
    void totpCodes(FuzzedDataProvider data) {
        long seconds = data.consumeLong(0, 1L << 40);
        String typed = data.consumeRemainingAsString();
        var step = Totp.AUTHENTICATOR_APP.matchingStep(SECRET, typed, Instant.ofEpochSecond(seconds));
        if (step.isPresent()) {
            assertThat(Math.abs(step.getAsLong() - Totp.AUTHENTICATOR_APP.step(Instant.ofEpochSecond(seconds))))
                    .isLessThanOrEqualTo(Totp.ALLOWED_DRIFT_STEPS);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void base32Keys(String text) {
        if (text == null) {
            return; // a form parameter is never null; Jazzer tries it anyway
        }
        try {
            byte[] decoded = Base32.decode(text);
            assertThat(Base32.decode(Base32.encode(decoded))).isEqualTo(decoded);
        } catch (IllegalArgumentException refused) {
            assertThat(refused).hasMessage("not base32");
        }
    }

    @FuzzTest(maxDuration = "20s")
    void usernames(String text) {
        if (Username.isValid(text)) {
            assertThat(new Username(text).value()).matches("[a-z0-9][a-z0-9._-]{1,62}");
        } else {
            try {
                new Username(text);
                throw new AssertionError("an invalid username was accepted: " + text);
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).contains("2 to 63 characters");
            }
        }
    }
}
