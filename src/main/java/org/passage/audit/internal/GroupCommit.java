package org.passage.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Timespan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for audit events recorded outside any transaction (an API request, a refused login, a command): each
 * caller hands its entry over and waits; one writer thread takes every entry waiting and writes them in one
 * transaction (the chain head read and updated once, the rows in one batch), then releases the callers. Concurrent
 * requests share a commit instead of queueing on the chain lock one by one. Nothing is acknowledged before it is
 * committed, so a crash loses no event of a request that was answered; on shutdown the writer finishes what waits.
 *
 * <p>A group's time is mostly the commit's disk flush (0.4–8 ms on this project's machines, against 0.1–0.3 ms for the
 * statement), and the disk flushes one commit after another. Two clients that each send their next request as soon as
 * they are answered fall into step with the flushes: each one's event arrives while the other's group is flushing, waits
 * for that flush and then for a flush of its own, and each group holds one event (2,000 requests, 1,933 groups). So the
 * writer holds a group back for the requests it has just released: it expects, for a short while after releasing a
 * group, as many new events as that group held (their callers were answered and may ask again at once) besides those
 * already waiting, and starts the next group when they are there or after {@link #holdNanos} at most — at most half of
 * a recent group's write, so a hold never costs more than the flush it spares. A lone caller is never held (it expects
 * only itself back), nor is an idle writer's first event.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    static final int MAX_BATCH = 256;
    /** The longest a group is held back for the callers just released, however slow the writes. */
    static final long MAX_HOLD_NANOS = TimeUnit.MICROSECONDS.toNanos(1_000);

    private record Waiting(AuditLog.Entry entry, CompletableFuture<Void> written, long arrived) {
    }

    /** One group written (JFR: {@code passage.AuditGroup}), for measuring how groups form; recorded only when JFR records it. */
    @Name("passage.AuditGroup")
    @Label("Audit group commit")
    @Category("Passage")
    @Description("One group of audit events written by the group commit's writer (the event's duration is the write)")
    static final class GroupWritten extends Event {
        @Label("Events")
        int events;
        @Label("Events that arrived while the previous group was written")
        int arrivedDuringWrite;
        @Label("Events expected")
        int expected;
        @Label("Held back")
        @Timespan(Timespan.NANOSECONDS)
        long held;
        @Label("Oldest event's wait before the write")
        @Timespan(Timespan.NANOSECONDS)
        long oldestWaited;
    }

    private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final Consumer<List<AuditLog.Entry>> writeInOneTransaction;
    private final Thread writer;
    private volatile boolean open = true;
    /** Half the recent writes' time (an exponential average), the longest a group is held back; the writer's own. */
    private long holdNanos;
    /** Groups held back so far (read by tests). */
    private volatile long held;

    GroupCommit(Consumer<List<AuditLog.Entry>> writeInOneTransaction) {
        this.writeInOneTransaction = writeInOneTransaction;
        this.writer = Thread.ofPlatform().daemon().name("audit-group-commit").start(this::run);
    }

    /** Returns once the entry is committed; throws what the write threw. */
    void append(AuditLog.Entry entry) {
        await(submit(entry));
    }

    /**
     * Hands the entry over and returns at once: the caller goes on working while the entry is written, and must
     * {@link #await} it before it answers anyone (an answer is never sent for an event that is not committed).
     */
    CompletableFuture<Void> submit(AuditLog.Entry entry) {
        if (!open) {
            writeInOneTransaction.accept(List.of(entry));
            return CompletableFuture.completedFuture(null);
        }
        var waiting = new Waiting(entry, new CompletableFuture<>(), System.nanoTime());
        queue.add(waiting);
        return waiting.written();
    }

    /** Waits until a {@link #submit submitted} entry is committed; throws what the write threw. */
    static void await(CompletableFuture<Void> written) {
        try {
            written.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void run() {
        List<Waiting> batch = new ArrayList<>();
        long released = System.nanoTime();
        long previousWriteStarted = released;
        int expected = 0;
        while (open || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    expected = 0;
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                long held = hold(batch, Math.min(MAX_BATCH, expected), released + holdNanos);
                var measured = new GroupWritten();
                if (measured.isEnabled()) {
                    measured.events = batch.size();
                    measured.expected = expected;
                    measured.held = held;
                    measured.oldestWaited = System.nanoTime() - batch.getFirst().arrived();
                    for (Waiting w : batch) {
                        measured.arrivedDuringWrite += w.arrived() >= previousWriteStarted && w.arrived() < released ? 1 : 0;
                    }
                }
                measured.begin();
                long started = System.nanoTime();
                previousWriteStarted = started;
                RuntimeException failed = null;
                try {
                    writeInOneTransaction.accept(batch.stream().map(Waiting::entry).toList());
                } catch (RuntimeException e) {
                    failed = e;
                }
                long wrote = System.nanoTime() - started;
                holdNanos = Math.min(MAX_HOLD_NANOS, (holdNanos * 3 + wrote / 2) / 4);
                measured.commit();
                // counted before the callers are released: one that asks again at once is expected, not already waiting
                expected = batch.size() + queue.size();
                released = System.nanoTime();
                if (failed == null) {
                    batch.forEach(w -> w.written().complete(null));
                } else {
                    log.error("Could not write {} audit events: {}", batch.size(), failed.getMessage());
                    for (Waiting w : batch) {
                        w.written().completeExceptionally(failed);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // outside the write itself (nothing is expected to throw there): no caller may be left waiting
                log.error("Could not write {} audit events: {}", batch.size(), e.getMessage());
                batch.forEach(w -> w.written().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Waits, until {@code until} at most, for the batch to reach {@code expected} events, taking those that arrive;
     * returns how long it waited. Returns at once when the batch is that large already, the time has passed, or the
     * writer is closing.
     */
    private long hold(List<Waiting> batch, int expected, long until) {
        long start = System.nanoTime();
        if (batch.size() >= expected || !open || until - start <= 0) {
            return 0;
        }
        held++;
        try {
            while (batch.size() < expected && open) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                Waiting next = queue.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    break;
                }
                batch.add(next);
                queue.drainTo(batch, MAX_BATCH - batch.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the batch is written all the same; the writer stops at its next wait
        }
        return System.nanoTime() - start;
    }

    /** How many groups were held back for callers expected to come back. */
    long held() {
        return held;
    }

    /** Stops taking entries (later ones are written by their caller) and waits until the waiting ones are written. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
