package org.passage.screening.internal.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a finding rests on, as a caseworker must be able to name it (a decision cites the record, not "the list
 * said so"): the list and its version, the catalogue's dataset version it was imported from (null for a list an
 * operator imported by hand), when that version went live, the entity's id in the list, and when the list first held
 * the entity and last changed it.
 */
@Component("findingSource")
class FindingSource {

    record Source(String list, int version, @Nullable String dataset, @Nullable Instant liveSince, String entityId,
                  @Nullable Instant firstSeen, @Nullable Instant lastChange) {
    }

    private final LiveIndex index;

    FindingSource(LiveIndex index) {
        this.index = index;
    }

    /** The source of an entry of the index that answers now. */
    public Source of(IndexedEntry entry) {
        var snapshot = index.snapshot();
        return new Source(entry.list(), entry.version(), snapshot.map(s -> s.datasetVersion(entry.list())).orElse(null),
                snapshot.map(s -> s.lastSeen(entry)).orElse(null), entry.id(),
                snapshot.map(s -> s.firstSeen(entry)).orElse(null), snapshot.map(s -> s.seen(entry)).orElse(null));
    }

    /**
     * Whether the list changed the entry after a decision was taken on it: the decision was read against what the
     * entry said then (another birth date, a name added), so the reader is told to read it again.
     */
    public boolean changedSince(IndexedEntry entry, Instant decidedAt) {
        return entry.lastChange() != null && entry.lastChange().isAfter(decidedAt);
    }
}
