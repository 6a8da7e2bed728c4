package org.passage.security.internal;

import java.time.Duration;

/**
 * Every limit that defends the login and the API keys, in one place. The counters behind the rate limits live in memory
 * ({@link RateLimiter}); the lockout lives on the account row so that a restart does not lift it.
 */
enum LoginLimits {

    /** Login attempts (password step) from one IP address. */
    LOGIN_PER_IP(30, Duration.ofMinutes(10)),
    /** Login attempts (password step) for one username, existing or not, from anywhere. */
    LOGIN_PER_ACCOUNT(10, Duration.ofMinutes(10)),
    /** Second-factor codes tried in one session's login. */
    TOTP_PER_ACCOUNT(10, Duration.ofMinutes(10)),
    /** Requests made with one API key (the screening API is for scripts, not for copying the lists out). */
    API_KEY_REQUESTS(6_000, Duration.ofMinutes(1)),
    /** Requests with an unknown, revoked or expired API key from one IP address. */
    API_KEY_FAILURES_PER_IP(20, Duration.ofMinutes(10)),
    /** Consecutive wrong passwords or TOTP codes after which the account is locked for {@link #window()}. */
    LOCKOUT(5, Duration.ofMinutes(15));

    private final int attempts;
    private final Duration window;

    LoginLimits(int attempts, Duration window) {
        this.attempts = attempts;
        this.window = window;
    }

    int attempts() {
        return attempts;
    }

    Duration window() {
        return window;
    }
}
