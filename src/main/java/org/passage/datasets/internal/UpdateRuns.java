package org.passage.datasets.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.passage.datasets.DatasetUpdateException;
import org.passage.datasets.Datasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Updates started by the server (the admin's "update now", the schedule) run in the background, one at a time in
 * this process (and, through the advisory lock of {@link Datasets#update}, across processes); the latest run is
 * kept with its progress for the admin page to poll.
 */
@Service
class UpdateRuns {

    private static final Logger log = LoggerFactory.getLogger(UpdateRuns.class);

    private final Datasets datasets;
    private final @Nullable Path from;
    private final AtomicReference<@Nullable Run> latest = new AtomicReference<>();
    private final Clock clock = Clock.systemUTC();

    /** {@code passage.datasets.refresh-from}: the installation's data folder (no internet), else the publishers. */
    UpdateRuns(Datasets datasets, @Value("${passage.datasets.refresh-from:}") String from) {
        this.datasets = datasets;
        this.from = from.isBlank() ? null : Path.of(from);
    }

    /** Thrown when a run is already under way. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("a data update is already running");
        }
    }

    /** One run: who started it, which file it is at, and when done its outcomes or the error that stopped it. */
    static final class Run implements Datasets.Progress {
        final String startedBy;
        final Instant startedAt;
        volatile String dataset = "";
        volatile String file = "";
        volatile long bytes;
        volatile long total = -1;
        volatile @Nullable List<Datasets.Outcome> outcomes;
        volatile @Nullable String error;
        volatile boolean finished;

        Run(String startedBy, Instant startedAt) {
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        @Override
        public void progress(String dataset, String file, long bytes, long total) {
            this.dataset = dataset;
            this.file = file;
            this.bytes = bytes;
            this.total = total;
        }

        public String startedBy() {
            return startedBy;
        }

        public Instant startedAt() {
            return startedAt;
        }

        public String dataset() {
            return dataset;
        }

        public String file() {
            return file;
        }

        public long bytes() {
            return bytes;
        }

        /** Percent of the current file, or -1 when its size is unknown. */
        public int percent() {
            return total > 0 ? (int) Math.min(100, bytes * 100 / total) : -1;
        }

        public @Nullable List<Datasets.Outcome> outcomes() {
            return outcomes;
        }

        public @Nullable String error() {
            return error;
        }

        public boolean finished() {
            return finished;
        }

        public long failures() {
            List<Datasets.Outcome> done = outcomes;
            return done == null ? 0 : done.stream().filter(Datasets.Outcome::failed).count();
        }
    }

    Optional<Run> latest() {
        return Optional.ofNullable(latest.get());
    }

    boolean running() {
        Run run = latest.get();
        return run != null && !run.finished;
    }

    /** Starts a run of every dataset in the background, from the installation's source. */
    Run start(String startedBy) {
        Run run = new Run(startedBy, clock.instant());
        Run before = latest.get();
        if ((before != null && !before.finished) || !latest.compareAndSet(before, run)) {
            throw new Busy();
        }
        Thread.ofVirtual().name("passage-data-update").start(() -> execute(run));
        return run;
    }

    /** Runs in the calling thread (the schedule's): the same bookkeeping, no second thread. */
    Run runNow(String startedBy) {
        Run run = new Run(startedBy, clock.instant());
        Run before = latest.get();
        if ((before != null && !before.finished) || !latest.compareAndSet(before, run)) {
            throw new Busy();
        }
        execute(run);
        return run;
    }

    private void execute(Run run) {
        try {
            run.outcomes = datasets.update(null, from, run);
        } catch (DatasetUpdateException e) {
            run.error = e.getMessage();
            log.info("data update not run: {}", e.getMessage());
        } catch (RuntimeException e) {
            run.error = String.valueOf(e.getMessage());
            log.warn("data update stopped", e);
        } finally {
            run.finished = true;
        }
    }
}
