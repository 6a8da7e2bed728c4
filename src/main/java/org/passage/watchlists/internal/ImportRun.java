package org.passage.watchlists.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportReport;
import org.passage.watchlists.InvalidWatchlistInput;

/**
 * One import started from the web page, as the progress fragment shows it. The importing thread writes, the
 * polling requests read: every field is volatile and each is written once or only grows, so a reader sees a
 * consistent enough picture without locks (the report or the error is written last, after which it is done).
 * The getters are public for the template engine, which calls only public methods.
 */
final class ImportRun implements ImportProgress {

    /** Where and why an import was refused; {@code field} is "" when the record as a whole is at fault. */
    record Failure(String location, String field, String message) {
    }

    private final String list;
    private final ImportFormat format;
    private final Instant startedAt;
    private final Clock clock;
    private volatile long records;
    private volatile long done;
    private volatile long total;
    private volatile boolean storing;
    private volatile @Nullable ImportReport report;
    private volatile @Nullable Failure failure;

    ImportRun(String list, ImportFormat format, Clock clock) {
        this.list = list;
        this.format = format;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Override
    public void advanced(long records, long done, long total) {
        this.records = records;
        this.done = done;
        this.total = total;
    }

    @Override
    public void storing() {
        storing = true;
    }

    void finished(ImportReport report) {
        this.records = report.entities();
        this.report = report;
    }

    void failed(InvalidWatchlistInput e) {
        failure = new Failure(e.location(), e.field(), String.valueOf(e.getMessage()));
    }

    /** Anything else (a database outage): the page says only that it failed; the log has the rest. */
    void failed() {
        failure = new Failure("", "", "");
    }

    public boolean finished() {
        return report != null || failure != null;
    }

    public String list() {
        return list;
    }

    public ImportFormat format() {
        return format;
    }

    public long records() {
        return records;
    }

    public boolean isStoring() {
        return storing;
    }

    public @Nullable ImportReport report() {
        return report;
    }

    public @Nullable Failure failure() {
        return failure;
    }

    /** Percent of the source's bytes read, or -1 while the size is unknown. */
    public int percent() {
        long t = total;
        return t <= 0 ? -1 : (int) Math.min(100, done * 100 / t);
    }

    /** Records per second since the start. */
    public long rate() {
        long millis = Duration.between(startedAt, clock.instant()).toMillis();
        return millis <= 0 ? 0 : records * 1000 / millis;
    }
}
