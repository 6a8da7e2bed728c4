package org.passage.watchlists;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The watchlists as the rest of Passage sees them: import a version, list the lists, read the diff of a
 * version, and stream the live entries (screening builds its index from these).
 */
public interface Watchlists {

    /** Imports one version atomically; throws {@link InvalidWatchlistInput} (nothing stored) on bad input. */
    ImportReport importVersion(ImportRequest request, ImportProgress progress);

    List<WatchlistSummary> summaries();

    /** What {@code version} of {@code list} added, changed and removed. */
    List<EntryChange> changes(String list, int version);

    /**
     * Streams the live entries of the named lists (all lists when {@code lists} is empty), in constant memory,
     * inside one read-only transaction: a version activated meanwhile is not mixed in.
     */
    void forEachLiveEntry(Set<String> lists, Consumer<ListedEntry> consumer);

    default void forEachLiveEntity(Consumer<ListedEntity> consumer) {
        forEachLiveEntry(Set.of(), entry -> consumer.accept(entry.entity()));
    }
}
