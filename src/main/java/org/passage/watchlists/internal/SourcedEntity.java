package org.passage.watchlists.internal;

import org.passage.watchlists.ListedEntity;

/** An entity as read from a source, with the record it came from ("sdn.csv line 12"). */
record SourcedEntity(ListedEntity entity, String record) {
}
