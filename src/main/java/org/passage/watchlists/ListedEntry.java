package org.passage.watchlists;

/**
 * A live entry with its provenance: the list and version it is live in, the source record it was read
 * from ("sdn.csv line 812", "INDIVIDUAL DATAID 6908011"), and its own history in the list: when a version first
 * held the entity ({@code firstSeen}) and when the version that last changed it went live ({@code lastChange}).
 */
public record ListedEntry(String list, int version, String sourceRecord, ListedEntity entity,
                          java.time.@org.jspecify.annotations.Nullable Instant firstSeen,
                          java.time.@org.jspecify.annotations.Nullable Instant lastChange) {

    public ListedEntry(String list, int version, String sourceRecord, ListedEntity entity) {
        this(list, version, sourceRecord, entity, null, null);
    }

    @Override
    public String toString() {
        return "ListedEntry[list=" + list + ", version=" + version + ", id=" + entity.id() + "]";
    }
}
