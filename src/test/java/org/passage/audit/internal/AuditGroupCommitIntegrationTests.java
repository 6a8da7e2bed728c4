package org.passage.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.audit.AuditVerification;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events recorded outside any transaction by many threads at once (API requests) share commits, and every one is
 * in the trail, in one unbroken chain, by the time its {@code record} returns.
 */
@PassageIntegrationTest
class AuditGroupCommitIntegrationTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditVerification verification;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog log;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void concurrentEventsAreAllCommittedBeforeRecordReturnsAndTheChainHolds() throws Exception {
        String run = UUID.randomUUID().toString();
        int threads = 8;
        int each = 50;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < each; i++) {
                        audit.record(new AuditEvent("test.group-commit", "test", run, null, AuditEvent.Outcome.SUCCESS, thread + "/" + i));
                        // acknowledged: it must be there now, whatever happens to the process next
                        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ? and detail = ?").params(run, thread + "/" + i)
                                .query(Integer.class).single()).isEqualTo(1);
                    }
                    return null;
                });
            }
            for (var done : pool.invokeAll(tasks)) {
                done.get();
            }
        }
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ?").param(run).query(Integer.class).single()).isEqualTo(threads * each);
        long first = jdbc.sql("select min(sequence) from audit_event where record_id = ?").param(run).query(Long.class).single();
        var report = verification.verify();
        // other test classes share the database and one tampers with events of its own on purpose: none of ours may be named
        assertThat(report.problems()).as(report.summary()).noneMatch(p -> p.sequence() >= first);
    }

    @Test
    void anEventRecordedWhileWorkRunsIsCommittedBeforeTheWorksResultIsHandedBackEvenWhenTheWorkFails() {
        String run = UUID.randomUUID().toString();
        var event = new AuditEvent("test.record-while", "test", run, null, AuditEvent.Outcome.SUCCESS, "1 queries");
        // the work runs while the event is being written; the event is committed when recordWhile hands back its result
        String answer = audit.recordWhile(event, () -> "answer");
        assertThat(answer).isEqualTo("answer");
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ?").param(run).query(Integer.class).single()).isEqualTo(1);

        String failed = UUID.randomUUID().toString();
        var refused = new AuditEvent("test.record-while", "test", failed, null, AuditEvent.Outcome.SUCCESS, "1 queries");
        assertThatThrownBy(() -> audit.recordWhile(refused, () -> {
            throw new IllegalStateException("the engine failed");
        })).hasMessage("the engine failed");
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ?").param(failed).query(Integer.class).single())
                .as("the request was made: its event stays").isEqualTo(1);
    }

    @Test
    void groupsInOneStatementGiveWayToChangesThatAppendMeanwhileAndTheChainHolds() throws Exception {
        String run = UUID.randomUUID().toString();
        var inChange = new org.springframework.transaction.support.TransactionTemplate(transactions);
        int each = 60;
        try (var pool = Executors.newFixedThreadPool(6)) {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                boolean change = t % 3 == 0; // a change's own transaction appends under the head's lock, between the groups
                int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < each; i++) {
                        var event = new AuditEvent("test.interleaved", "test", run, null, AuditEvent.Outcome.SUCCESS, thread + "/" + i);
                        if (change) {
                            inChange.executeWithoutResult(status -> audit.record(event));
                        } else {
                            audit.record(event);
                        }
                    }
                    return null;
                });
            }
            for (var done : pool.invokeAll(tasks)) {
                done.get();
            }
        }
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ?").param(run).query(Integer.class).single()).isEqualTo(6 * each);
        long first = jdbc.sql("select min(sequence) from audit_event where record_id = ?").param(run).query(Long.class).single();
        var report = verification.verify();
        assertThat(report.problems()).as(report.summary()).noneMatch(p -> p.sequence() >= first);
    }

    @Test
    void oneStatementAppendsAfterTheHeadItIsGivenAndWritesNothingWhenTheHeadMoved() {
        String run = UUID.randomUUID().toString();
        var entry = new AuditLog.Entry(java.time.Instant.now(), "test", null, null, "test.one-statement", "test", run,
                AuditEvent.Outcome.SUCCESS, "");
        var head = log.head();
        var moved = log.appendAllAfter(head, List.of(entry, entry));
        assertThat(moved).isNotNull();
        assertThat(moved.sequence()).isEqualTo(head.sequence() + 2);
        assertThat(log.head().sequence()).isEqualTo(moved.sequence());
        assertThat(log.appendAllAfter(head, List.of(entry))).as("the head moved on since").isNull();
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ?").param(run).query(Integer.class).single()).isEqualTo(2);
        var report = verification.verify();
        assertThat(report.problems()).as(report.summary()).noneMatch(p -> p.sequence() > head.sequence());
    }
}
