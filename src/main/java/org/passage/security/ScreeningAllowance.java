package org.passage.security;

/**
 * How much screening the current caller may still ask for this minute: an API key, or a staff member's session, each
 * has its own allowance, and so has his organization (both must hold: an org admin makes as many keys as he likes), spent
 * in the screening feature's units (one ordinary query; a batch spends the sum of its
 * queries). Counting requests let one request of 100 queries at {@code limit=500} cost 3,500 ordinary queries, and a
 * session's API requests were not counted at all (red27). The security feature keeps the counters with its other limits.
 */
public interface ScreeningAllowance {

    /** Spends {@code units} of the current caller's allowance; false when it is spent for this minute (answer 429). */
    boolean spend(int units);

    /** Seconds a refused caller is told to wait (the allowance is counted per minute). */
    int retryAfterSeconds();
}
