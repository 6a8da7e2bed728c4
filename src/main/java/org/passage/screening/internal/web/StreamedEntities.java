package org.passage.screening.internal.web;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.passage.watchlists.ListedEntity;

/**
 * Turns a push source (a method that hands every entity to a consumer, as {@link org.passage.watchlists.Watchlists}
 * does inside its read transaction) into the pull {@link Iterable} the engine builds from, through a small
 * bounded queue: memory stays constant however long the lists are. Iterable once.
 */
final class StreamedEntities implements Iterable<ListedEntity> {

    private static final int QUEUE = 1024;

    private final Consumer<Consumer<ListedEntity>> source;

    StreamedEntities(Consumer<Consumer<ListedEntity>> source) {
        this.source = source;
    }

    private sealed interface Item permits Entity, End {
    }

    private record Entity(ListedEntity entity) implements Item {
    }

    private record End(Throwable failure) implements Item {
    }

    @Override
    public Iterator<ListedEntity> iterator() {
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
        Thread producer = Thread.ofVirtual().name("screening-index-reader").start(() -> {
            Throwable failure = null;
            try {
                source.accept(entity -> put(queue, new Entity(entity)));
            } catch (Throwable t) {
                failure = t;
            }
            put(queue, new End(failure == null ? new Done() : failure));
        });
        return new Iterator<>() {
            private Item next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = queue.take();
                    } catch (InterruptedException e) {
                        producer.interrupt();
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while reading the watchlists", e);
                    }
                }
                if (next instanceof End end) {
                    if (!(end.failure() instanceof Done)) {
                        throw new IllegalStateException("reading the watchlists failed", end.failure());
                    }
                    return false;
                }
                return true;
            }

            @Override
            public ListedEntity next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ListedEntity entity = ((Entity) next).entity();
                next = null;
                return entity;
            }
        };
    }

    private static void put(BlockingQueue<Item> queue, Item item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the watchlists", e);
        }
    }

    /** Marks a normal end. */
    private static final class Done extends RuntimeException {
        Done() {
            super(null, null, false, false);
        }
    }
}
