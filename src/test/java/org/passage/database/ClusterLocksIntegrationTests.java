package org.passage.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The two things nodes share through PostgreSQL besides the data: who does a job now, and "something changed". */
@PassageIntegrationTest
class ClusterLocksIntegrationTests {

    @Autowired
    ClusterLocks locks;
    @Autowired
    DatabaseNotifications notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aJobHeldElsewhereIsSkippedAndRunsAgainOnceReleased() throws Exception {
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> locks.runAlone("test-job", () -> {
            holding.countDown();
            await(release);
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(locks.runAlone("test-job", () -> { })).as("while another connection holds it").isFalse();
        assertThat(locks.runAlone("another-job", () -> { })).as("other jobs are not held").isTrue();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(locks.runAlone("test-job", () -> { })).isTrue();
    }

    @Test
    void aNotificationReachesListenersOnCommitAndNeverOnRollback() throws Exception {
        var heard = new LinkedBlockingQueue<String>();
        notifications.subscribe("test_channel", heard::add);
        // the listener (re)connects in the background: say it until it is heard, a rolled-back one before each time
        String first = null;
        for (int i = 0; i < 30 && first == null; i++) {
            transactions.executeWithoutResult(status -> {
                notifications.publish("test_channel", "rolled back");
                status.setRollbackOnly();
            });
            transactions.executeWithoutResult(status -> notifications.publish("test_channel", "committed"));
            first = heard.poll(1, TimeUnit.SECONDS);
        }
        assertThat(first).isEqualTo("committed");
        Thread.sleep(1000);
        assertThat(heard).doesNotContain("rolled back");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
