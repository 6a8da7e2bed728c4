package org.passage.watchlists;

/** One entity as one version of a list left it: what {@link Watchlists#diffs} is asked about, and the key of its answer. */
public record EntryVersion(String list, int version, String entityId) {

    public EntryVersion {
        if (list.isBlank() || entityId.isBlank() || version < 1) {
            throw new IllegalArgumentException("an entry version needs a list, an entity and a version from 1 up");
        }
    }
}
