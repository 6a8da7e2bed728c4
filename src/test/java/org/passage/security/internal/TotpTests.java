package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 appendix B test vectors, and the window and replay rules built on them. */
class TotpTests {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
            "HmacSHA1,   59,          94287082",
            "HmacSHA256, 59,          46119246",
            "HmacSHA512, 59,          90693936",
            "HmacSHA1,   1111111109,  07081804",
            "HmacSHA256, 1111111109,  68084774",
            "HmacSHA512, 1111111109,  25091201",
            "HmacSHA1,   1111111111,  14050471",
            "HmacSHA256, 1111111111,  67062674",
            "HmacSHA512, 1111111111,  99943326",
            "HmacSHA1,   1234567890,  89005924",
            "HmacSHA256, 1234567890,  91819424",
            "HmacSHA512, 1234567890,  93441116",
            "HmacSHA1,   2000000000,  69279037",
            "HmacSHA256, 2000000000,  90698825",
            "HmacSHA512, 2000000000,  38618901",
            "HmacSHA1,   20000000000, 65353130",
            "HmacSHA256, 20000000000, 77737706",
            "HmacSHA512, 20000000000, 47863826"})
    void matchesTheRfcTestVectors(String algorithm, long time, String expected) {
        var totp = new Totp(algorithm, 8, 30);
        byte[] seed = switch (algorithm) {
            case "HmacSHA1" -> SHA1_SEED;
            case "HmacSHA256" -> SHA256_SEED;
            default -> SHA512_SEED;
        };
        assertThat(totp.code(seed, totp.step(Instant.ofEpochSecond(time)))).isEqualTo(expected);
    }

    @Test
    void authenticatorAppCodesAreTheLastSixDigits() {
        var app = Totp.AUTHENTICATOR_APP;
        assertThat(app.code(SHA1_SEED, app.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void acceptsTheNeighbouringStepsOnlyAndSaysWhichStepMatched() {
        var app = Totp.AUTHENTICATOR_APP;
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = app.step(now);
        assertThat(app.matchingStep(SHA1_SEED, app.code(SHA1_SEED, step), now)).hasValue(step);
        assertThat(app.matchingStep(SHA1_SEED, app.code(SHA1_SEED, step - 1), now)).hasValue(step - 1);
        assertThat(app.matchingStep(SHA1_SEED, app.code(SHA1_SEED, step + 1), now)).hasValue(step + 1);
        assertThat(app.matchingStep(SHA1_SEED, app.code(SHA1_SEED, step - 2), now)).isEmpty();
        assertThat(app.matchingStep(SHA1_SEED, app.code(SHA1_SEED, step + 2), now)).isEmpty();
    }

    @Test
    void rejectsMalformedCodes() {
        var app = Totp.AUTHENTICATOR_APP;
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        assertThat(app.matchingStep(SHA1_SEED, "", now)).isEmpty();
        assertThat(app.matchingStep(SHA1_SEED, "12345", now)).isEmpty();
        assertThat(app.matchingStep(SHA1_SEED, "abcdef", now)).isEmpty();
        assertThat(app.matchingStep(SHA1_SEED, "1".repeat(10_000), now)).isEmpty();
        String code = app.code(SHA1_SEED, app.step(now));
        assertThat(app.matchingStep(SHA1_SEED, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.decode("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        byte[] secret = new byte[20];
        new java.util.Random(7).nextBytes(secret);
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
    }
}
