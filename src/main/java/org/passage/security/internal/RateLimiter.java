package org.passage.security.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters per limit and key (an address, a username from an address, an API key), bounded in memory.
 * When the table is full of live windows it drops the windows that started earliest rather than refuse: a full table
 * must never turn away someone who has not been refused himself, and dropping a window can only lift a limit early.
 * Filling the table takes as many addresses as would give their owner that many attempts anyway, because callers
 * count per address first and create nothing else for an address that is already refused.
 */
@Component
class RateLimiter {

    static final int MAX_KEYS = 100_000;

    /** What one counted attempt led to; the first refusal of a window is told apart so it can be audited once. */
    enum Verdict {
        ALLOWED, FIRST_REFUSAL, REFUSED;

        boolean allowed() {
            return this == ALLOWED;
        }
    }

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int capacity;
    private final ApiLimitSettings settings;

    @Autowired
    RateLimiter(ApiLimitSettings settings) {
        this(Clock.systemUTC(), MAX_KEYS, settings);
    }

    RateLimiter(Clock clock) {
        this(clock, MAX_KEYS, ApiLimitSettings.defaults());
    }

    RateLimiter(Clock clock, int capacity) {
        this(clock, capacity, ApiLimitSettings.defaults());
    }

    RateLimiter(Clock clock, int capacity, ApiLimitSettings settings) {
        this.clock = clock;
        this.capacity = capacity;
        this.settings = settings;
    }

    /** Counts one attempt; true when it is within the limit. */
    boolean tryAcquire(LoginLimits limit, String key) {
        return acquire(limit, key).allowed();
    }

    /** Counts {@code weight} attempts at once; true when they are within the limit. */
    boolean tryAcquire(LoginLimits limit, String key, int weight) {
        return acquire(limit, key, weight).allowed();
    }

    /** Counts one attempt and says whether it is within the limit, or the first or a later one past it. */
    Verdict acquire(LoginLimits limit, String key) {
        return acquire(limit, key, 1);
    }

    /**
     * Counts {@code weight} attempts at once (a batch of screening queries spends its units): within the limit when the
     * window's count with them stays at most the limit; the first refusal is the one that first took the count past it.
     */
    Verdict acquire(LoginLimits limit, String key, int weight) {
        if (weight < 1) {
            throw new IllegalArgumentException("weight");
        }
        Instant now = clock.instant();
        String slot = limit.name() + '|' + key;
        if (windows.size() >= capacity && !windows.containsKey(slot)) {
            makeRoom(now);
        }
        Window window = windows.compute(slot, (k, w) -> w == null || !w.start().plus(limit.window()).isAfter(now)
                ? new Window(now, weight) : new Window(w.start(), (int) Math.min(Integer.MAX_VALUE, (long) w.count() + weight)));
        int over = window.count() - settings.attempts(limit);
        return over <= 0 ? Verdict.ALLOWED : over <= weight ? Verdict.FIRST_REFUSAL : Verdict.REFUSED;
    }

    /**
     * Gives back {@code weight} attempts counted in the key's current window (never below zero): what was counted for a
     * request another limit then refused, which did no work.
     */
    void refund(LoginLimits limit, String key, int weight) {
        Instant now = clock.instant();
        windows.computeIfPresent(limit.name() + '|' + key, (k, w) -> w.start().plus(limit.window()).isAfter(now)
                ? new Window(w.start(), Math.max(0, w.count() - weight)) : w);
    }

    /** Whether the key is past its limit now, without counting an attempt. */
    boolean refused(LoginLimits limit, String key) {
        Window window = windows.get(limit.name() + '|' + key);
        return window != null && window.start().plus(limit.window()).isAfter(clock.instant())
                && window.count() > settings.attempts(limit);
    }

    void forget(LoginLimits limit, String key) {
        windows.remove(limit.name() + '|' + key);
    }

    int size() {
        return windows.size();
    }

    /** Sweeps expired windows; if the table is still full, drops the earliest-started tenth of it. */
    private synchronized void makeRoom(Instant now) {
        if (windows.size() < capacity) {
            return;
        }
        windows.entrySet().removeIf(e -> !e.getValue().start().plus(limitOf(e.getKey()).window()).isAfter(now));
        if (windows.size() < capacity) {
            return;
        }
        int drop = Math.max(1, capacity / 10);
        windows.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> a.start().compareTo(b.start())))
                .limit(drop).map(Map.Entry::getKey).toList()
                .forEach(windows::remove);
    }

    private static LoginLimits limitOf(String slot) {
        return LoginLimits.valueOf(slot.substring(0, slot.indexOf('|')));
    }
}
