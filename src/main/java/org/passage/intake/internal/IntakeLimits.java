package org.passage.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Every limit of the public pages, in one place, counted in memory per fixed window. Behind Tor every
 * visitor comes from the same address, so each limit per client has an installation-wide twin. Fails
 * closed: when the table of counters is full, a new key is refused rather than let through uncounted.
 */
@Component
class IntakeLimits {

    enum Limit {
        SUBMIT_PER_CLIENT(5, Duration.ofHours(1)),
        SUBMIT_ALL(200, Duration.ofHours(1)),
        STATUS_PER_CLIENT(20, Duration.ofMinutes(10)),
        STATUS_ALL(600, Duration.ofMinutes(10)),
        /** Held submissions kept per hour; beyond it the held queue itself is flooded and the page asks to try later. */
        HOLD_ALL(5_000, Duration.ofHours(1));

        final int attempts;
        final Duration window;

        Limit(int attempts, Duration window) {
            this.attempts = attempts;
            this.window = window;
        }
    }

    static final int MAX_KEYS = 50_000;

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    IntakeLimits(Clock clock) {
        this.clock = clock;
    }

    /** Counts one attempt against both limits; true when both allow it. */
    boolean tryAcquire(Limit perClient, Limit overall, String client) {
        return count(perClient, client) & count(overall, "*");
    }

    /** Counts one against an installation-wide limit only. */
    boolean tryAcquire(Limit overall) {
        return count(overall, "*");
    }

    private boolean count(Limit limit, String key) {
        Instant now = clock.instant();
        String slot = limit.name() + '|' + key;
        if (windows.size() >= MAX_KEYS && !windows.containsKey(slot)) {
            windows.entrySet().removeIf(e -> !e.getValue().start().plus(Limit.valueOf(e.getKey().substring(0, e.getKey().indexOf('|')))
                    .window).isAfter(now));
            if (windows.size() >= MAX_KEYS) {
                return false;
            }
        }
        Window window = windows.compute(slot, (k, w) -> w == null || !w.start().plus(limit.window).isAfter(now)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        return window.count() <= limit.attempts;
    }
}
