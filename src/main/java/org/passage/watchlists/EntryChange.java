package org.passage.watchlists;

/** One entity added, changed or removed by a version of a list (kept for every version, so the diff stays queryable). */
public record EntryChange(String list, int version, String entityId, Kind kind, String caption) {

    public enum Kind { ADDED, CHANGED, REMOVED }
}
