package org.passage.watchlists.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportReport;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.InvalidWatchlistInput;
import org.passage.watchlists.Watchlists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs the imports started from the web page in the background, one at a time: two imports of the same list
 * would only queue on its lock, and two large ones at once would starve the small machine NGOs run on. The
 * latest run stays readable until the next starts, so the page can show its report or error.
 */
@Component
class ListImports implements DisposableBean {

    /** Thrown when an import is asked for while another one runs. */
    static final class Busy extends Exception {
        Busy() {
            super("an import is running", null, false, false);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ListImports.class);

    private final Watchlists watchlists;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("list-import").daemon().factory());
    private @Nullable ImportRun latest;

    ListImports(Watchlists watchlists, AuditTrail audit, Clock clock) {
        this.watchlists = watchlists;
        this.audit = audit;
        this.clock = clock;
    }

    synchronized Optional<ImportRun> latest() {
        return Optional.ofNullable(latest);
    }

    synchronized boolean running() {
        return latest != null && !latest.finished();
    }

    /**
     * Starts importing {@code source} (a file alone in its own temporary folder, which is deleted afterwards, also
     * when the start is refused) as the next version of {@code list}.
     */
    synchronized ImportRun start(String list, ImportFormat format, Path source) throws Busy {
        if (running()) {
            deleteQuietly(source);
            throw new Busy();
        }
        ImportRequest request;
        try {
            request = new ImportRequest(list, format, source, null);
        } catch (IllegalArgumentException e) {
            deleteQuietly(source);
            throw e;
        }
        var run = new ImportRun(list, format, clock);
        latest = run;
        audit.record(event(list).withDetail("started: format " + format.cliName()));
        // the admin who started it stays the actor of the finished/failed audit events
        executor.execute(new DelegatingSecurityContextRunnable(() -> importInBackground(request, run)));
        return run;
    }

    private void importInBackground(ImportRequest request, ImportRun run) {
        try {
            ImportReport report = watchlists.importVersion(request, run);
            recordQuietly(event(request.list()).withDetail("finished: " + report.outcome() + " version " + report.version()
                    + ", " + report.entities() + " entities, added " + report.added() + ", changed " + report.changed()
                    + ", removed " + report.removed()));
            run.finished(report);
        } catch (InvalidWatchlistInput e) {
            // location and field only: the problem text may quote the listed record
            recordQuietly(event(request.list()).failed("failed: " + clip(e.location() + (e.field().isEmpty() ? "" : ", field " + e.field()))));
            run.failed(e);
        } catch (RuntimeException e) {
            log.error("The import of list '{}' failed", request.list(), e);
            recordQuietly(event(request.list()).failed("failed: " + e.getClass().getSimpleName()));
            run.failed();
        } finally {
            deleteQuietly(request.path());
        }
    }

    private static AuditEvent event(String list) {
        return AuditEvent.of("lists.import", "watchlist", list, null);
    }

    private void recordQuietly(AuditEvent event) {
        try {
            audit.record(event);
        } catch (RuntimeException e) {
            log.error("Could not audit '{}' of list '{}': {}", event.detail(), event.recordId(), e.getMessage());
        }
    }

    private static String clip(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400);
    }

    /** Deletes the uploaded file and the temporary folder made for it. */
    private static void deleteQuietly(Path source) {
        try {
            Files.deleteIfExists(source);
            Path folder = source.getParent();
            if (folder != null && folder.getFileName().toString().startsWith(ListsPages.TEMP_PREFIX)) {
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            log.warn("Could not delete the uploaded list {}: {}", source, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
