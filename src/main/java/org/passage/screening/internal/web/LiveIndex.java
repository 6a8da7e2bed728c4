package org.passage.screening.internal.web;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.passage.screening.Hit;
import org.passage.screening.Screening;
import org.passage.watchlists.ListedEntity;
import org.passage.watchlists.Watchlists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The screening index over every live watchlist entry, as the pages and the API query it. A build streams the
 * entries from {@link Watchlists#forEachLiveEntity} into the engine (the entries are never collected in a list
 * first) and then replaces the index that answers queries in one step: queries never see a half-built index,
 * and keep being answered by the previous one while a build runs. Builds are run by {@link ScreeningWork}.
 */
@Component
class LiveIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveIndex.class);

    /** The index that answers now, with what results show of each entity. */
    record Snapshot(Screening screening, Map<String, IndexedEntry> entries, Map<String, Integer> versions, Instant builtAt,
                    long buildMillis) {

        Optional<IndexedEntry> entry(Hit hit) {
            return Optional.ofNullable(entries.get(IndexedEntry.key(hit.dataset(), hit.entityId())));
        }
    }

    private final Watchlists watchlists;
    private final Clock clock;
    private final AtomicReference<@Nullable Snapshot> current = new AtomicReference<>();
    private final AtomicLong read = new AtomicLong();
    private volatile boolean building;

    LiveIndex(Watchlists watchlists, Clock clock) {
        this.watchlists = watchlists;
        this.clock = clock;
    }

    /** Builds a new index from the live entries and swaps it in; called on the screening worker thread only. */
    Snapshot rebuild() {
        building = true;
        read.set(0);
        long started = System.nanoTime();
        try {
            Map<String, IndexedEntry> entries = new HashMap<>();
            Map<String, Integer> versions = new HashMap<>();
            Screening screening = Screening.of(new StreamedEntities(consumer -> watchlists.forEachLiveEntry(java.util.Set.of(), entry -> {
                ListedEntity entity = entry.entity();
                // the same entity may be live in several lists: the engine's dataset field carries the list too, so
                // every hit leads back to the list it came from
                String tagged = IndexedEntry.tag(entry.list(), entity.dataset());
                entries.put(IndexedEntry.key(tagged, entity.id()), IndexedEntry.of(entry.list(), entry.version(), entity));
                versions.merge(entry.list(), entry.version(), Math::max);
                read.incrementAndGet();
                consumer.accept(new ListedEntity(entity.id(), entity.schema(), entity.caption(), entity.properties(), tagged));
            })), Screening.DEFAULT_THRESHOLD);
            // lists without any entity still count as indexed at their live version
            watchlists.summaries().forEach(s -> versions.putIfAbsent(s.name(), s.liveVersion()));
            Snapshot next = new Snapshot(screening, Map.copyOf(entries), Map.copyOf(versions), clock.instant(),
                    (System.nanoTime() - started) / 1_000_000);
            Snapshot previous = current.getAndSet(next);
            if (previous != null) {
                previous.screening().close();
            }
            log.info("screening index ready: {} entities from {} lists in {} ms", screening.size(), versions.size(), next.buildMillis());
            return next;
        } finally {
            building = false;
        }
    }

    Optional<Snapshot> snapshot() {
        return Optional.ofNullable(current.get());
    }

    IndexStatus status() {
        Snapshot s = current.get();
        return new IndexStatus(building || s == null ? IndexStatus.State.BUILDING : IndexStatus.State.READY, read.get(),
                s == null ? 0 : s.screening().size(), s == null ? null : s.builtAt(), s == null ? 0 : s.buildMillis(),
                s == null ? Map.of() : s.versions());
    }

    /** Screens a query, keeping only hits of the given lists (all when empty). */
    List<Hit> screen(ListedEntity query, int limit, java.util.Set<String> lists) {
        Snapshot s = current.get();
        if (s == null) {
            throw new IndexNotReady();
        }
        if (lists.isEmpty()) {
            return s.screening().screen(query, limit);
        }
        // the engine ranks across all lists; ask for more and keep the requested lists' hits
        return s.screening().screen(query, Math.min(500, Math.max(limit * 10, 50))).stream()
                .filter(h -> s.entry(h).map(e -> lists.contains(e.list())).orElse(false))
                .limit(limit).toList();
    }

    @Override
    public void close() {
        Snapshot s = current.getAndSet(null);
        if (s != null) {
            s.screening().close();
        }
    }

    /** Asked before the first index is built. */
    static final class IndexNotReady extends RuntimeException {
        IndexNotReady() {
            super("the screening index is still being built");
        }
    }
}
