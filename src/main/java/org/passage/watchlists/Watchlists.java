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

    /**
     * Reads a file through the same parsers and entity checks as {@link #importVersion} and stores nothing: how
     * many entities an import would take (a dry run, and the parsing half of the import benchmark). Throws
     * {@link InvalidWatchlistInput} where the import would refuse the file.
     */
    long dryRun(ImportRequest request);

    /** Deletes a list with all its versions: a list imported by mistake, or a benchmark starting from an empty list. */
    void forget(String list);

    /** What {@code version} of {@code list} added, changed and removed. */
    List<EntryChange> changes(String list, int version);

    /**
     * How {@code version} of {@code list} changed or removed one entity, property by property; empty when that version
     * left the entity as it was (or added it).
     */
    default java.util.Optional<EntryDiff> diff(String list, int version, String entityId) {
        var entry = new EntryVersion(list, version, entityId);
        return java.util.Optional.ofNullable(diffs(List.of(entry)).get(entry));
    }

    /**
     * {@link #diff} of many entries in one read (a page of alerts asked one query per changed entry): each entry the
     * version changed or removed, mapped to its diff; an entry the version left as it was, or added, is absent.
     */
    java.util.Map<EntryVersion, EntryDiff> diffs(java.util.Collection<EntryVersion> entries);

    /**
     * Streams the live entries of the named lists (all lists when {@code lists} is empty), in constant memory,
     * inside one read-only transaction: a version activated meanwhile is not mixed in.
     */
    void forEachLiveEntry(Set<String> lists, Consumer<ListedEntry> consumer);

    default void forEachLiveEntity(Consumer<ListedEntity> consumer) {
        forEachLiveEntry(Set.of(), entry -> consumer.accept(entry.entity()));
    }
}
