package org.passage.screening.internal.web;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the live index is doing: {@code BUILDING} (with the entities read so far) or {@code READY}; the size and
 * build time (and duration) of the index that answers queries now (none before the first build ends) and the list versions in it.
 */
record IndexStatus(State state, long entitiesRead, int size, @Nullable Instant builtAt, long buildMillis, Map<String, Integer> versions) {

    enum State { BUILDING, READY }

    IndexStatus {
        versions = Map.copyOf(versions);
    }
}
