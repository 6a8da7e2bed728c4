package org.passage.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void allowsTheNamedNumberOfAttemptsPerWindowThenRefuses() {
        var limit = LoginLimits.LOGIN_PER_IP;
        for (int i = 0; i < limit.attempts(); i++) {
            assertThat(limiter.tryAcquire(limit, "10.0.0.1")).as("attempt %d", i + 1).isTrue();
        }
        assertThat(limiter.tryAcquire(limit, "10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire(limit, "10.0.0.2")).as("another key has its own count").isTrue();
    }

    @Test
    void aNewWindowStartsAfterTheWindowHasPassed() {
        var limit = LoginLimits.LOGIN_PER_ACCOUNT;
        for (int i = 0; i <= limit.attempts(); i++) {
            limiter.tryAcquire(limit, "alice");
        }
        assertThat(limiter.tryAcquire(limit, "alice")).isFalse();
        clock.now = clock.now.plus(limit.window()).minusSeconds(1);
        assertThat(limiter.tryAcquire(limit, "alice")).isFalse();
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(limit, "alice")).isTrue();
    }

    @Test
    void limitsAreSeparateForTheSameKey() {
        for (int i = 0; i < LoginLimits.LOGIN_PER_ACCOUNT.attempts() + 1; i++) {
            limiter.tryAcquire(LoginLimits.LOGIN_PER_ACCOUNT, "k");
        }
        assertThat(limiter.tryAcquire(LoginLimits.TOTP_PER_ACCOUNT, "k")).isTrue();
    }

    @Test
    void failsClosedWhenItCannotKeepCount() {
        var limit = LoginLimits.LOGIN_PER_IP;
        for (int i = 0; i < RateLimiter.MAX_KEYS; i++) {
            assertThat(limiter.tryAcquire(limit, "ip-" + i)).isTrue();
        }
        assertThat(limiter.tryAcquire(limit, "one-more-address")).as("table full of live windows").isFalse();
        clock.now = clock.now.plus(limit.window());
        assertThat(limiter.tryAcquire(limit, "one-more-address")).as("expired windows are swept").isTrue();
    }

    @Test
    void everyLimitIsPositive() {
        for (LoginLimits limit : LoginLimits.values()) {
            assertThat(limit.attempts()).isPositive();
            assertThat(limit.window()).isPositive();
        }
    }
}
