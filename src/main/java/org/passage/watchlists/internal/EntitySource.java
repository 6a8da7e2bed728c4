package org.passage.watchlists.internal;

import java.util.function.Consumer;

/**
 * One list format read as a stream of entities: each parser hands entities to the consumer as it reads and
 * holds no more than one record (or one joined group of records) at a time.
 */
interface EntitySource {

    /** Reads everything; throws {@link org.passage.watchlists.InvalidWatchlistInput} naming the record at fault. */
    void read(Consumer<SourcedEntity> consumer);

    /** Records read but not imported (e.g. FtM Address or Payment entities, which screening has no use for). */
    default long skipped() {
        return 0;
    }
}
