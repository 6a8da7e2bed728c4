package org.passage.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.passage.audit.AuditEvent;

/**
 * The group commit's writer with a write that takes as long as a disk flush: nothing is released before its write
 * returned, and two clients that ask again as soon as they are answered share groups instead of falling into step with
 * the flushes (one event per group, each request waiting for the other's flush and then its own).
 */
class GroupCommitTests {

    private static final long FLUSH_MILLIS = 6;

    /** A write that takes a flush's time and remembers what it wrote and in which groups. */
    private static final class SlowWrites implements Consumer<List<AuditLog.Entry>> {
        final Set<String> written = ConcurrentHashMap.newKeySet();
        final List<Integer> groups = Collections.synchronizedList(new ArrayList<>());
        volatile boolean failing;

        @Override
        public void accept(List<AuditLog.Entry> entries) {
            try {
                Thread.sleep(FLUSH_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing) {
                throw new IllegalStateException("the database is gone");
            }
            entries.forEach(e -> written.add(e.detail()));
            groups.add(entries.size());
        }
    }

    private static AuditLog.Entry entry(String detail) {
        return new AuditLog.Entry(Instant.now(), "test", null, null, "test.group", "test", null, AuditEvent.Outcome.SUCCESS, detail);
    }

    @Test
    void twoClientsThatAskAgainAtOnceShareGroupsAndNothingIsReleasedBeforeItsWrite() throws Exception {
        var writes = new SlowWrites();
        int each = 60;
        var commits = new GroupCommit(writes);
        try (commits; var clients = Executors.newFixedThreadPool(2)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    // the second client starts half a flush later: out of step with the first, as two clients end up
                    Thread.sleep(client * FLUSH_MILLIS / 2);
                    for (int i = 0; i < each; i++) {
                        String detail = client + "/" + i;
                        var written = commits.submit(entry(detail));
                        Thread.sleep(1); // the screening, overlapping the write
                        GroupCommit.await(written);
                        assertThat(writes.written).as("released only once written").contains(detail);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        assertThat(writes.written).hasSize(2 * each);
        // on main each group held one event (120 groups, both clients waiting for two flushes a request)
        assertThat(writes.groups.size()).as("groups %s", writes.groups).isLessThan(2 * each * 3 / 4);
        assertThat(commits.held()).isPositive();
    }

    @Test
    void aLoneClientIsNeverHeldBack() throws Exception {
        var writes = new SlowWrites();
        try (var commits = new GroupCommit(writes)) {
            for (int i = 0; i < 30; i++) {
                commits.append(entry("lone/" + i));
            }
            // it expects only itself back, and is there: held back, each request would wait up to a millisecond more
            assertThat(commits.held()).isZero();
        }
        assertThat(writes.groups).hasSize(30).containsOnly(1);
    }

    @Test
    void aFailedWriteFailsEveryCallerOfItsGroupAndTheNextGroupIsWritten() {
        var writes = new SlowWrites();
        try (var commits = new GroupCommit(writes)) {
            writes.failing = true;
            assertThatThrownBy(() -> commits.append(entry("lost"))).hasMessage("the database is gone");
            writes.failing = false;
            commits.append(entry("kept"));
        }
        assertThat(writes.written).containsExactly("kept");
    }

    @Test
    void closingWritesWhatWaitsAndLaterEntriesAreWrittenByTheirCaller() throws Exception {
        var writes = new SlowWrites();
        var commits = new GroupCommit(writes);
        var waiting = commits.submit(entry("waiting"));
        commits.close();
        assertThat(waiting).isDone();
        GroupCommit.await(waiting);
        commits.append(entry("after"));
        assertThat(writes.written).containsExactlyInAnyOrder("waiting", "after");
    }
}
