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
                    long buildMillis, Map<String, Instant> importedAt, Map<String, List<String>> byIdentifier,
                    Map<String, java.util.Set<String>> sources, Map<String, String> datasetVersions) {

        Snapshot(Screening screening, Map<String, IndexedEntry> entries, Map<String, Integer> versions, Instant builtAt, long buildMillis) {
            this(screening, entries, versions, builtAt, buildMillis, Map.of(), Map.of(), Map.of(), Map.of());
        }

        /**
         * The catalogue's dataset version a list's live version was imported from ("ofac-sdn 2026-08-20 1a2b3c4d"), or
         * null for a list imported by hand: what a finding names as the data it rests on.
         */
        @Nullable String datasetVersion(String list) {
            return datasetVersions.get(list);
        }

        Optional<IndexedEntry> entry(Hit hit) {
            return Optional.ofNullable(entries.get(IndexedEntry.key(hit.dataset(), hit.entityId())));
        }

        /**
         * When the version that last changed the entry went live: {@code last_change}, and what {@code changed_since}
         * compares (the list's live version when the entry's history is unknown).
         */
        Instant seen(IndexedEntry entry) {
            return entry.lastChange() != null ? entry.lastChange() : lastSeen(entry);
        }

        /** When the first version holding the entity went live: {@code first_seen}. */
        Instant firstSeen(IndexedEntry entry) {
            return entry.firstSeen() != null ? entry.firstSeen() : seen(entry);
        }

        /** When the list's live version, which holds the entity, went live: {@code last_seen}. */
        Instant lastSeen(IndexedEntry entry) {
            return importedAt.getOrDefault(entry.list(), builtAt);
        }

        /** Whether {@code name} is "default", a list or a source dataset within a list: what yente calls a dataset. */
        boolean knows(String name) {
            return name.equals(MatchApi.ALL) || versions.containsKey(name) || sources.values().stream().anyMatch(s -> s.contains(name));
        }

        /** Whether the entry is in the dataset: "default" holds every list, a list its entries, a source dataset its own. */
        static boolean inScope(String dataset, IndexedEntry entry) {
            return dataset.equals(MatchApi.ALL) || entry.list().equals(dataset) || entry.dataset().equals(dataset);
        }

        /**
         * The engine's {@code candidates} best hits for an API query, unfiltered (a query without a name, identifiers
         * only, is compared with the entries sharing one of its identifiers). Callers filter, so that entries are only
         * looked up for the hits they keep.
         */
        List<Hit> hits(ListedEntity query, int candidates) {
            if (MatchRequestParser.NAME_PROPERTIES.stream().allMatch(p -> query.values(p).isEmpty())) {
                return identified(this, query);
            }
            return screening.screen(query, Math.max(1, Math.min(500, candidates)));
        }

        /** The live entries with this id, in any list. */
        List<IndexedEntry> withId(String id) {
            return entries.values().stream().filter(e -> e.id().equals(id)).toList();
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
            Map<String, List<String>> byIdentifier = new HashMap<>();
            Map<String, java.util.Set<String>> sources = new HashMap<>();
            var instants = new Instants();
            // the live versions as they were before the entries are read: a list that goes live while they stream is
            // not in this index, and must not be counted as indexed (its re-screening would be marked done against an
            // index without it, and its cases never alerted); the build queued behind this one reads it
            List<org.passage.watchlists.WatchlistSummary> live = watchlists.summaries();
            Screening screening = Screening.of(new StreamedEntities(consumer -> watchlists.forEachLiveEntry(java.util.Set.of(), entry -> {
                ListedEntity entity = Countries.coded(entry.entity());
                // the same entity may be live in several lists: the engine's dataset field carries the list too, so
                // every hit leads back to the list it came from
                String tagged = IndexedEntry.tag(entry.list(), entity.dataset());
                String key = IndexedEntry.key(tagged, entity.id());
                entries.put(key, IndexedEntry.of(entry.list(), entry.version(), entity, instants.intern(entry.firstSeen()),
                        instants.intern(entry.lastChange())));
                if (!entity.dataset().isBlank()) {
                    sources.computeIfAbsent(entry.list(), k -> new java.util.TreeSet<>()).add(entity.dataset());
                }
                for (String identifier : identifiers(entity)) {
                    byIdentifier.computeIfAbsent(identifier, k -> new java.util.ArrayList<>(1)).add(key);
                }
                versions.merge(entry.list(), entry.version(), Math::max);
                read.incrementAndGet();
                consumer.accept(new ListedEntity(entity.id(), entity.schema(), entity.caption(), entity.properties(), tagged));
            })), Screening.DEFAULT_THRESHOLD);
            // lists without any entity still count as indexed at their live version
            Map<String, Instant> importedAt = new HashMap<>();
            Map<String, String> datasetVersions = new HashMap<>();
            live.forEach(s -> {
                versions.putIfAbsent(s.name(), s.liveVersion());
                if (s.importedAt() != null) {
                    importedAt.put(s.name(), s.importedAt());
                }
                if (s.datasetVersion() != null) {
                    datasetVersions.put(s.name(), s.datasetVersion());
                }
            });
            Snapshot next = new Snapshot(screening, Map.copyOf(entries), Map.copyOf(versions), clock.instant(),
                    (System.nanoTime() - started) / 1_000_000, Map.copyOf(importedAt), byIdentifier, Map.copyOf(sources),
                    Map.copyOf(datasetVersions));
            // the previous index is not closed: a request that read it just before the swap may still be searching it
            // (closing it answered that request with a 500, "this IndexReader is closed"). It holds nothing but heap
            // memory (its files are byte arrays, its writer idle after the final merge), so the garbage collector frees
            // it when the last such request is done; only the index live at shutdown is closed.
            current.set(next);
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

    /**
     * Screens a query for the API: asks the engine for {@code candidates} hits and keeps those whose entry {@code admits}
     * accepts, as yente filters before it scores. A query without a name (identifiers only) is compared with the
     * entries sharing one of its identifiers.
     */
    List<Hit> screen(ListedEntity query, int candidates, java.util.function.BiPredicate<IndexedEntry, Snapshot> admits) {
        Snapshot s = current.get();
        if (s == null) {
            throw new IndexNotReady();
        }
        return s.hits(query, candidates).stream().filter(h -> s.entry(h).map(e -> admits.test(e, s)).orElse(false)).toList();
    }

    private static List<Hit> identified(Snapshot s, ListedEntity query) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (String identifier : identifiers(query)) {
            keys.addAll(s.byIdentifier().getOrDefault(identifier, List.of()));
        }
        return keys.stream().map(s.entries()::get).filter(java.util.Objects::nonNull).limit(500)
                .map(e -> Screening.compare(query, e.asListed(), Screening.DEFAULT_THRESHOLD))
                .sorted(java.util.Comparator.comparingDouble(Hit::score).reversed()).toList();
    }

    /** The entity's identifiers as letters and digits in upper case ("45 07 123456" = "4507123456"). */
    static java.util.Set<String> identifiers(ListedEntity entity) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String property : MatchRequestParser.IDENTIFIERS) {
            for (String value : entity.values(property)) {
                StringBuilder sb = new StringBuilder();
                value.codePoints().filter(Character::isLetterOrDigit).forEach(c -> sb.appendCodePoint(Character.toUpperCase(c)));
                if (sb.length() >= 4) {
                    out.add(sb.toString());
                }
            }
        }
        return out;
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

    /** One object per distinct instant: a million entries share the few dozen times their list versions went live. */
    private static final class Instants {
        private final Map<Instant, Instant> seen = new HashMap<>();

        @org.jspecify.annotations.Nullable Instant intern(@org.jspecify.annotations.Nullable Instant instant) {
            return instant == null ? null : seen.computeIfAbsent(instant, i -> i);
        }
    }
}
