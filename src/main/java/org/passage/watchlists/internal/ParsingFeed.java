package org.passage.watchlists.internal;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Reads a source on a thread of its own and hands the encoded COPY rows over in chunks of about a megabyte, so
 * parsing overlaps with the database ingesting the previous chunk. A failure of the parser (bad input names its
 * line and field) is rethrown to the consumer by {@link #next()}; a consumer that gives up calls {@link #cancel()}.
 */
final class ParsingFeed {

    private static final int CHUNK_BYTES = 1 << 20;
    private static final Chunk END = new Chunk(new byte[0], 0, 0);

    /** Rows for COPY, with the entity count and source bytes read once they are encoded. */
    record Chunk(byte[] bytes, long entities, long bytesRead) {
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(4);
    private final Thread parser;
    private volatile boolean cancelled;
    private volatile @Nullable Throwable failure;

    ParsingFeed(RowEncoding rows, EntitySource source, SourceFiles files) {
        parser = Thread.ofPlatform().name("import-parser").daemon().start(() -> {
            try {
                var buffer = new ByteArrayOutputStream(CHUNK_BYTES + (1 << 16));
                source.read(sourced -> {
                    if (cancelled) {
                        throw new Cancelled();
                    }
                    rows.encode(sourced, buffer);
                    if (buffer.size() >= CHUNK_BYTES) {
                        hand(new Chunk(buffer.toByteArray(), rows.count(), files.bytesRead()));
                        buffer.reset();
                    }
                });
                hand(new Chunk(buffer.toByteArray(), rows.count(), files.bytesRead()));
                hand(END);
            } catch (Cancelled e) {
                stop(); // the consumer gave up first; it reports its own failure
            } catch (Throwable e) {
                failure = e;
                stop();
            }
        });
    }

    /** Nothing staged will be committed: drop what is queued and let the consumer see the end at once. */
    private void stop() {
        chunks.clear();
        chunks.offer(END);
    }

    private void hand(Chunk chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    /** The next chunk, or null at the end of the source; rethrows what stopped the parser. */
    @Nullable Chunk next() {
        Chunk chunk;
        try {
            chunk = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new IllegalStateException("import interrupted", e);
        }
        if (chunk != END) {
            return chunk;
        }
        join();
        Throwable e = failure;
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    /** Stops the parser and waits for it, so nothing reads the source after the import has ended. */
    void cancel() {
        cancelled = true;
        parser.interrupt();
        join();
    }

    private void join() {
        try {
            parser.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
