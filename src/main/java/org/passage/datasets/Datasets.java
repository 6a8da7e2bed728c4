package org.passage.datasets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue and its versions: what Passage relies on, what is loaded, and the update that fetches (or reads
 * from a folder) new versions. At most one update runs at a time, across processes.
 */
public interface Datasets {

    List<Dataset> catalogue();

    Optional<DatasetVersion> live(String dataset);

    List<DatasetVersion> history(String dataset);

    /** The folder laid out like {@code ../shared/data} where live versions lie. */
    Path liveRoot();

    /**
     * Updates every dataset, or only {@code only}; from {@code from} (a folder laid out like ../shared/data) or,
     * when null, from the publishers. One dataset's failure is recorded and reported, and leaves its previous
     * version live; the others go on.
     */
    List<Outcome> update(@Nullable String only, @Nullable Path from, Progress progress);

    /**
     * What an update did for one dataset: the version recorded (live or failed), and how long it took to fetch (or
     * copy), check, and import into the features that read it.
     */
    record Outcome(Dataset dataset, DatasetVersion version, java.time.Duration took) {
        public boolean failed() {
            return version.status() == DatasetVersion.Status.FAILED;
        }
    }

    /** Told of each file's progress (bytes so far, total or -1), for a progress bar. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (dataset, file, bytes, total) -> { };

        void progress(String dataset, String file, long bytes, long total);
    }
}
