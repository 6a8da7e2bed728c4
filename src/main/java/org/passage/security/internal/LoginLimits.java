package org.passage.security.internal;

import java.time.Duration;

/**
 * Every limit that defends the login and the API keys, in one place. The counters behind the rate limits live in memory
 * ({@link RateLimiter}); the lockout lives on the account row so that a restart does not lift it.
 */
enum LoginLimits {

    /**
     * Login attempts (password step) from one address (an IPv6 address counts by its /64). Checked first: once an
     * address is refused nothing else is counted or audited for it in the window but its one aggregate row.
     */
    LOGIN_PER_IP(30, Duration.ofMinutes(10)),
    /**
     * Login attempts (password step) for one username, existing or not, from one address. Scoped to the address so
     * that nobody elsewhere can spend a member's attempts and lock him out; wrong passwords do not lock the account.
     */
    LOGIN_PER_ACCOUNT_FROM_IP(5, Duration.ofMinutes(15)),
    /** Second-factor codes tried in one session's login. */
    TOTP_PER_ACCOUNT(10, Duration.ofMinutes(10)),
    /** Requests made with one API key (the screening API is for scripts, not for copying the lists out). */
    API_KEY_REQUESTS(6_000, Duration.ofMinutes(1)),
    /**
     * Screening asked for by one API key, or by one staff member's session, in the screening feature's units (one
     * ordinary query; a batch spends the sum of its queries, see {@link org.passage.security.ScreeningAllowance}): a
     * batch of 100 queries at {@code limit=500} counted as one request against {@link #API_KEY_REQUESTS} and cost 3,500
     * times an ordinary query's CPU (red27), and a session's API requests were not limited at all. As many units as
     * {@link #API_KEY_REQUESTS} allows requests, so a client sending one query per request sees no change.
     */
    SCREENING_UNITS(6_000, Duration.ofMinutes(1)),
    /**
     * Screening asked for by one organization's keys and sessions together, in the same units, beside {@link #SCREENING_UNITS}
     * (both must hold). An org admin makes as many keys as he likes, so per key alone ten keys were ten allowances on the
     * installation's shared cores. The account, not the credential, is what gateways count by default (Kong's rate limit is
     * by consumer unless told "credential"; OpenSanctions' hosted yente bills an account per logical query): twice one
     * key's allowance, so a key still gets all of its own while the staff's sessions or a second key (a rotation) run beside it.
     */
    SCREENING_UNITS_PER_ORGANIZATION(12_000, Duration.ofMinutes(1)),
    /** Requests with an unknown, revoked or expired API key from one IP address (an IPv6 client by its /64). */
    API_KEY_FAILURES_PER_IP(20, Duration.ofMinutes(10)),
    /**
     * Consecutive wrong TOTP codes (or wrong current passwords in a logged-in session) after which the account is
     * locked for {@link #window()}; only someone who knew the password gets that far.
     */
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
