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
        var limit = LoginLimits.LOGIN_PER_ACCOUNT_FROM_IP;
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
        for (int i = 0; i < LoginLimits.LOGIN_PER_ACCOUNT_FROM_IP.attempts() + 1; i++) {
            limiter.tryAcquire(LoginLimits.LOGIN_PER_ACCOUNT_FROM_IP, "k");
        }
        assertThat(limiter.tryAcquire(LoginLimits.TOTP_PER_ACCOUNT, "k")).isTrue();
    }

    @Test
    void aFullTableDropsTheEarliestWindowsInsteadOfRefusingSomeoneNew() {
        var small = new RateLimiter(clock, 1_000);
        var limit = LoginLimits.LOGIN_PER_IP;
        for (int i = 0; i <= limit.attempts(); i++) {
            small.acquire(limit, "flooder");
        }
        clock.now = clock.now.plusSeconds(1);
        for (int i = 0; i < 5_000; i++) {
            small.acquire(LoginLimits.LOGIN_PER_ACCOUNT_FROM_IP, "invented" + i + "|elsewhere");
        }
        assertThat(small.size()).as("bounded").isLessThanOrEqualTo(1_000);
        assertThat(small.tryAcquire(limit, "one-more-address")).as("a full table refuses nobody").isTrue();
    }

    @Test
    void tellsTheFirstRefusalOfAWindowApartSoItIsAuditedOnce() {
        var limit = LoginLimits.LOGIN_PER_IP;
        for (int i = 0; i < limit.attempts(); i++) {
            assertThat(limiter.acquire(limit, "a")).isEqualTo(RateLimiter.Verdict.ALLOWED);
        }
        assertThat(limiter.acquire(limit, "a")).isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        assertThat(limiter.acquire(limit, "a")).isEqualTo(RateLimiter.Verdict.REFUSED);
        assertThat(limiter.refused(limit, "a")).isTrue();
        assertThat(limiter.refused(limit, "b")).isFalse();
    }

    @Test
    void countsAnIpv6ClientByItsSlash64() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.of("2001:db8:1:2:bbbb::7"));
        assertThat(ClientAddress.of("2001:db8:1:2::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:3::1"));
        assertThat(ClientAddress.of("10.0.0.1")).isEqualTo("10.0.0.1");
        assertThat(ClientAddress.of(null)).isEqualTo("unknown");
    }

    @Test
    void everyLimitIsPositive() {
        for (LoginLimits limit : LoginLimits.values()) {
            assertThat(limit.attempts()).isPositive();
            assertThat(limit.window()).isPositive();
        }
    }

    @Test
    void aWeightedAttemptSpendsItsWeightAndTheFirstOneOverIsToldApart() {
        var limit = LoginLimits.SCREENING_UNITS;
        assertThat(limiter.acquire(limit, "key", limit.attempts() - 100)).isEqualTo(RateLimiter.Verdict.ALLOWED);
        assertThat(limiter.acquire(limit, "key", 100)).as("exactly the limit").isEqualTo(RateLimiter.Verdict.ALLOWED);
        assertThat(limiter.acquire(limit, "key", 100)).as("a batch that takes the count past it").isEqualTo(RateLimiter.Verdict.FIRST_REFUSAL);
        assertThat(limiter.acquire(limit, "key", 1)).isEqualTo(RateLimiter.Verdict.REFUSED);
        assertThat(limiter.tryAcquire(limit, "another key", limit.attempts())).isTrue();
        clock.now = clock.now.plus(limit.window());
        assertThat(limiter.tryAcquire(limit, "key", 100)).as("a new window").isTrue();
    }

    @Test
    void anOperatorSetsTheApisLimitsAndNotTheLoginDefences() {
        var configured = new RateLimiter(clock, 1_000, new ApiLimitSettings(null, 10_000, null));
        // a heavy yente client of the installation's own: 10,000 units a minute with one key, where the default is 6,000
        assertThat(configured.tryAcquire(LoginLimits.SCREENING_UNITS, "key", 10_000)).isTrue();
        assertThat(configured.tryAcquire(LoginLimits.SCREENING_UNITS, "key", 1)).isFalse();
        assertThat(configured.tryAcquire(LoginLimits.SCREENING_UNITS_PER_ORGANIZATION, "org", 12_001)).isFalse();
        for (int i = 0; i < LoginLimits.LOGIN_PER_IP.attempts(); i++) {
            configured.tryAcquire(LoginLimits.LOGIN_PER_IP, "10.0.0.9");
        }
        assertThat(configured.tryAcquire(LoginLimits.LOGIN_PER_IP, "10.0.0.9")).isFalse();
    }

    @Test
    void aLimitOfNothingOrBeyondReasonIsRefusedNamingTheSetting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApiLimitSettings(0, null, null))
                .hasMessageContaining("passage.api.limits.requests-per-key");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApiLimitSettings(null, null, 20_000_000))
                .hasMessageContaining("passage.api.limits.units-per-organization");
    }
}
