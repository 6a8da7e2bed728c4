package org.passage.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters per limit and key (an IP address, a username). It fails closed: when it cannot
 * keep count (the table is full of live keys, as in a flood from many addresses) it refuses the attempt
 * rather than let it through uncounted.
 */
@Component
class RateLimiter {

    static final int MAX_KEYS = 100_000;

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    @Autowired
    RateLimiter() {
        this(Clock.systemUTC());
    }

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts one attempt; true when it is within the limit. */
    boolean tryAcquire(LoginLimits limit, String key) {
        Instant now = clock.instant();
        String slot = limit.name() + '|' + key;
        if (windows.size() >= MAX_KEYS && !windows.containsKey(slot)) {
            windows.values().removeIf(w -> !w.start().plus(limit.window()).isAfter(now));
            if (windows.size() >= MAX_KEYS) {
                return false;
            }
        }
        Window window = windows.compute(slot, (k, w) -> w == null || !w.start().plus(limit.window()).isAfter(now)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        return window.count() <= limit.attempts();
    }

    void forget(LoginLimits limit, String key) {
        windows.remove(limit.name() + '|' + key);
    }
}
