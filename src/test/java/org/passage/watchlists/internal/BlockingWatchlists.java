package org.passage.watchlists.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.passage.watchlists.EntryChange;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportReport;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.InvalidWatchlistInput;
import org.passage.watchlists.ListedEntry;
import org.passage.watchlists.WatchlistSummary;
import org.passage.watchlists.Watchlists;

/** An import that reads 5 records (a quarter of the bytes) and then waits for {@link #release()}, so a test sees it running. */
final class BlockingWatchlists implements Watchlists {

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch advanced = new CountDownLatch(1);
    private volatile boolean refuse;

    /** Waits (bounded) until the background import has reported its 5 records, so a test does not race it. */
    void awaitAdvanced() throws InterruptedException {
        advanced.await(30, TimeUnit.SECONDS);
    }

    void release() {
        release.countDown();
    }

    /** The import ends refused, naming line 7 and field name. */
    void refuse() {
        refuse = true;
    }

    @Override
    public ImportReport importVersion(ImportRequest request, ImportProgress progress) {
        progress.advanced(5, 50, 200);
        advanced.countDown();
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (refuse) {
            throw new InvalidWatchlistInput("x.json line 7", "name", "an entity needs at least one name");
        }
        return new ImportReport(request.list(), ImportReport.Outcome.ACTIVATED, 1, 5, 5, 0, 0, 0, 0, List.of(), "d", Duration.ofSeconds(1));
    }

    @Override
    public List<WatchlistSummary> summaries() {
        return List.of();
    }

    @Override
    public long dryRun(ImportRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void forget(String list) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<EntryChange> changes(String list, int version) {
        return List.of();
    }

    @Override
    public java.util.Map<org.passage.watchlists.EntryVersion, org.passage.watchlists.EntryDiff> diffs(
                java.util.Collection<org.passage.watchlists.EntryVersion> entries) {
        return java.util.Map.of();
    }

    @Override
    public void forEachLiveEntry(Set<String> lists, Consumer<ListedEntry> consumer) {
    }
}
