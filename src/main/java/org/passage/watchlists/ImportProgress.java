package org.passage.watchlists;

/**
 * Told how an import advances, so a command line bar or a web page can show records done, percent, rate and
 * ETA. Progress is measured in bytes of the source read ({@code done} of {@code total}), because a streaming
 * import does not know how many records are still to come. Called from the importing thread; keep it cheap.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (records, done, total) -> {
    };

    /**
     * @param records entities read so far
     * @param done    bytes of the source read so far
     * @param total   bytes of the source in all (0 when unknown)
     */
    void advanced(long records, long done, long total);

    /** The source is read; the version is being compared and activated. */
    default void storing() {
    }
}
