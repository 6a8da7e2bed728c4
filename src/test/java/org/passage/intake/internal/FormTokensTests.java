package org.passage.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.passage.support.MutableClock;

/** The intake form's single-use tokens: fine once after a person's typing time; too fast, reused, forged, expired or from before a restart otherwise. */
class FormTokensTests {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final FormTokens tokens = new FormTokens(clock, Duration.ofSeconds(3));

    @Test
    void aTokenIsFineOnceAfterTheMinimumFillTime() {
        String token = tokens.issue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(tokens.genuine(token)).isTrue();
        assertThat(tokens.spend(token)).isEqualTo(FormTokens.Verdict.FINE);
        assertThat(tokens.genuine(token)).isFalse();
        assertThat(tokens.spend(token)).as("single use").isEqualTo(FormTokens.Verdict.UNUSABLE);
    }

    @Test
    void aTokenSentSoonerThanAPersonTypesIsTooFastAndStillUsedUp() {
        String token = tokens.issue();
        clock.advance(Duration.ofMillis(900));
        assertThat(tokens.spend(token)).isEqualTo(FormTokens.Verdict.TOO_FAST);
        clock.advance(Duration.ofSeconds(10));
        assertThat(tokens.spend(token)).isEqualTo(FormTokens.Verdict.UNUSABLE);
    }

    @Test
    void aTokenSpelledAnotherWayIsTheSameTokenAndStillUsedUp() {
        String token = tokens.issue(); // 40 bytes: 54 characters, the last carrying 4 spare bits a decoder ignores
        char last = token.charAt(token.length() - 1);
        String respelled = token.substring(0, token.length() - 1) + (char) (last + 1);
        clock.advance(Duration.ofSeconds(10));
        assertThat(tokens.spend(token)).isEqualTo(FormTokens.Verdict.FINE);
        assertThat(tokens.spend(respelled)).isEqualTo(FormTokens.Verdict.UNUSABLE);
    }

    @Test
    void forgedExpiredOrEarlierTokensAreUnusable() {
        String token = tokens.issue();
        char tenth = token.charAt(10);
        String forged = token.substring(0, 10) + (tenth == 'A' ? 'B' : 'A') + token.substring(11);
        clock.advance(Duration.ofSeconds(10));
        assertThat(tokens.spend(forged)).isEqualTo(FormTokens.Verdict.UNUSABLE);
        assertThat(tokens.spend("")).isEqualTo(FormTokens.Verdict.UNUSABLE);
        assertThat(tokens.spend(null)).isEqualTo(FormTokens.Verdict.UNUSABLE);
        assertThat(new FormTokens(clock, Duration.ofSeconds(3)).spend(token)).as("another start, another key").isEqualTo(FormTokens.Verdict.UNUSABLE);
        clock.advance(FormTokens.LIFETIME);
        assertThat(tokens.spend(token)).as("expired").isEqualTo(FormTokens.Verdict.UNUSABLE);
    }

    /** Whatever comes in the form field is a verdict, never an exception, and never FINE unless issued here. */
    @FuzzTest(maxDuration = "20s")
    void anyTextIsAVerdict(String text) {
        assertThat(tokens.spend(text)).isEqualTo(FormTokens.Verdict.UNUSABLE);
        assertThat(tokens.genuine(text)).isFalse();
    }
}
