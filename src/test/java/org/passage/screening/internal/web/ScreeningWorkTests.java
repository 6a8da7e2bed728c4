package org.passage.screening.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How many times the screening index is built when list versions go live one after another. */
class ScreeningWorkTests {

    /** An index whose builds wait for the test, and count themselves. */
    static final class CountedIndex extends LiveIndex {
        final AtomicInteger builds = new AtomicInteger();
        final CountDownLatch firstBuildRunning = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        CountedIndex() {
            super(null, Clock.systemUTC());
        }

        @Override
        Snapshot rebuild() {
            builds.incrementAndGet();
            firstBuildRunning.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Snapshot(null, Map.of(), Map.of(), Instant.EPOCH, 0);
        }
    }

    static final class NoRescreening extends Rescreening {
        NoRescreening() {
            super(null, null, null, null, Clock.systemUTC(), null);
        }

        @Override
        void run(LiveIndex index, String list, int version) {
        }
    }

    @Test
    void listsThatGoLiveWhileTheIndexIsBuiltAreReadByOneBuildAfterIt() throws Exception {
        var index = new CountedIndex();
        var work = new ScreeningWork(index, new NoRescreening(), null, null, null);
        try {
            Future<?> first = work.submit(); // the demo's first list: its build starts at once
            assertThat(index.firstBuildRunning.await(10, TimeUnit.SECONDS)).isTrue();
            // four more lists go live while it runs: one build after it reads them all
            Future<?> second = work.submit();
            for (int i = 0; i < 3; i++) {
                assertThat(work.submit()).isSameAs(second);
            }
            index.release.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            assertThat(index.builds).hasValue(2);
            // a version that goes live once the index is built again gets a build of its own
            work.submit().get(10, TimeUnit.SECONDS);
            assertThat(index.builds).hasValue(3);
        } finally {
            work.destroy();
        }
    }
}
