package org.passage.screening.internal.web;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.passage.database.DatabaseNotifications;
import org.passage.watchlists.WatchlistSummary;
import org.passage.watchlists.WatchlistVersionActivated;
import org.passage.watchlists.Watchlists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The background work of screening, on one worker thread so builds and re-screenings never overlap: build the
 * index when the server starts, and whenever a list version goes live (the event, after its transaction
 * committed, or — for an import by another node or process such as {@code passage lists import} — heard as a
 * database notification, with a check of the live versions every minute as the safety net) rebuild it and
 * re-screen the open cases against that version. Every node keeps its own index; one node re-screens.
 * Only in the web server: command-line runs do not build an index.
 */
@Component
@ConditionalOnWebApplication
class ScreeningWork implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScreeningWork.class);

    private final LiveIndex index;
    private final Rescreening rescreening;
    private final Watchlists watchlists;
    private final DatabaseNotifications notifications;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("screening-work").daemon().factory());
    private final ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("screening-poll").daemon().factory());

    ScreeningWork(LiveIndex index, Rescreening rescreening, Watchlists watchlists, DatabaseNotifications notifications) {
        this.notifications = notifications;
        this.index = index;
        this.rescreening = rescreening;
        this.watchlists = watchlists;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        submit();
        // another node or a command-line import activated a version: hear it at once; the poll stays as the safety net
        notifications.subscribe(WatchlistVersionActivated.CHANNEL, version -> checkVersions());
        poll.scheduleWithFixedDelay(this::checkVersions, 60, 60, TimeUnit.SECONDS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void versionActivated(WatchlistVersionActivated event) {
        submit();
    }

    /** Rebuilds the index and re-screens every live list version not yet re-screened; returns when queued. */
    Future<?> submit() {
        return worker.submit(() -> {
            try {
                var snapshot = index.rebuild();
                for (Map.Entry<String, Integer> live : snapshot.versions().entrySet()) {
                    rescreening.run(index, live.getKey(), live.getValue());
                }
            } catch (RuntimeException e) {
                log.error("screening index build or re-screening failed", e);
            }
        });
    }

    private void checkVersions() {
        try {
            if (index.status().state() == IndexStatus.State.BUILDING) {
                return;
            }
            var indexed = index.status().versions();
            boolean stale = watchlists.summaries().stream()
                    .anyMatch((WatchlistSummary s) -> !Integer.valueOf(s.liveVersion()).equals(indexed.get(s.name())));
            if (stale) {
                submit();
            }
        } catch (RuntimeException e) {
            log.warn("could not check the watchlist versions: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void destroy() {
        poll.shutdownNow();
        worker.shutdownNow();
    }
}
