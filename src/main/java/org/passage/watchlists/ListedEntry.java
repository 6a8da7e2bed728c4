package org.passage.watchlists;

/**
 * A live entry with its provenance: the list and version it is live in, and the source record it was read
 * from ("sdn.csv line 812", "INDIVIDUAL DATAID 6908011").
 */
public record ListedEntry(String list, int version, String sourceRecord, ListedEntity entity) {

    @Override
    public String toString() {
        return "ListedEntry[list=" + list + ", version=" + version + ", id=" + entity.id() + "]";
    }
}
