package org.passage.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for audit events recorded outside any transaction (an API request, a refused login, a command): each
 * caller hands its entry over and waits; one writer thread takes every entry waiting and writes them in one
 * transaction (the chain head read and updated once, the rows in one batch), then releases the callers. Concurrent
 * requests share a commit instead of queueing on the chain lock one by one. Nothing is acknowledged before it is
 * committed, so a crash loses no event of a request that was answered; on shutdown the writer finishes what waits.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    static final int MAX_BATCH = 256;

    private record Waiting(AuditLog.Entry entry, CompletableFuture<Void> written) {
    }

    private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final Consumer<List<AuditLog.Entry>> writeInOneTransaction;
    private final Thread writer;
    private volatile boolean open = true;

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
        var waiting = new Waiting(entry, new CompletableFuture<>());
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
        while (open || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeInOneTransaction.accept(batch.stream().map(Waiting::entry).toList());
                batch.forEach(w -> w.written().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.error("Could not write {} audit events: {}", batch.size(), e.getMessage());
                batch.forEach(w -> w.written().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
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
