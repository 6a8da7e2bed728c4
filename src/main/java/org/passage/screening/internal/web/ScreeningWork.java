package org.passage.screening.internal.web;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.passage.database.DatabaseNotifications;
import org.passage.cases.ApplicantRenamed;
import org.passage.cases.CaseId;
import org.passage.cases.CaseOpened;
import org.passage.cases.Cases;
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
 * re-screen the open cases against that version (every node keeps its own index; one node re-screens); when an
 * applicant's names change, screen his case again.
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
    private final Cases cases;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("screening-work").daemon().factory());
    /** The latest rebuild queued, and whether it has started (guarded by this). */
    private @Nullable Future<?> queued;
    private boolean queuedStarted;
    private final ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("screening-poll").daemon().factory());

    ScreeningWork(LiveIndex index, Rescreening rescreening, Watchlists watchlists, DatabaseNotifications notifications, Cases cases) {
        this.notifications = notifications;
        this.cases = cases;
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

    /** The applicant's names changed: his case is screened again against every live list (queued after any build). */
    @TransactionalEventListener(fallbackExecution = true)
    void applicantRenamed(ApplicantRenamed event) {
        screenCase(event.caseId(), "screening.rescreen.renamed");
    }

    /**
     * A case was opened: its applicant is screened against every live list at once (queued after any build), not at the
     * next list version. A caseworker who opens a case reads "no open screening alerts" as "screened and clear".
     */
    @TransactionalEventListener(fallbackExecution = true)
    void caseOpened(CaseOpened event) {
        if (screenOpenedCases) {
            screenCase(event.caseId(), "screening.screen.opened");
        }
    }

    /**
     * Off only in tests that count a case's audit rows: the screening of a case opened reads its names from another
     * thread, which adds rows at a moment the test cannot know.
     */
    @org.springframework.beans.factory.annotation.Value("${passage.screening.screen-opened-cases:true}")
    boolean screenOpenedCases = true;

    Future<?> screenCase(CaseId id, String purpose) {
        return worker.submit(() -> {
            try {
                cases.forSystem(id, purpose).ifPresent(ticket -> rescreening.screenCase(index, ticket));
            } catch (RuntimeException e) {
                log.error("screening an applicant's case failed ({})", purpose, e);
            }
        });
    }

    /**
     * Rebuilds the index and re-screens every live list version not yet re-screened; returns when queued. A rebuild
     * already queued and not yet started reads every version live when it starts, so a second one is not queued
     * behind it: the demo's load activates five lists within seconds, and each queued a 40-second build of its own
     * (seven in all) while the first pages were being opened.
     */
    synchronized Future<?> submit() {
        if (queued != null && !queuedStarted) {
            return queued;
        }
        queuedStarted = false;
        queued = worker.submit(() -> {
            synchronized (this) {
                queuedStarted = true; // from here on a version that goes live needs a build of its own
            }
            try {
                var snapshot = index.rebuild();
                for (Map.Entry<String, Integer> live : snapshot.versions().entrySet()) {
                    rescreening.run(index, live.getKey(), live.getValue());
                }
            } catch (RuntimeException e) {
                log.error("screening index build or re-screening failed", e);
            }
        });
        return queued;
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
