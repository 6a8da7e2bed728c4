package org.passage.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.support.PassageIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The audit trail on a real PostgreSQL: who and which session, the chain, the transaction rules, append-only. */
@PassageIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditChainKey key;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Value("${passage.keys-dir}")
    Path keysDirectory;

    final UUID organization = UUID.randomUUID();

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void recordsTheSignedInUserAndOnlyAHashOfTheSession() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("anna", null, List.of()));
        var request = new MockHttpServletRequest();
        String sessionId = request.getSession(true).getId();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        trail.record(AuditEvent.of("case.read", "case", "c-1", organization));

        ChainedEvent last = last();
        assertThat(last.actor()).isEqualTo("anna");
        assertThat(last.sessionHash()).isEqualTo(JdbcAuditTrail.sha256(sessionId)).isNotEqualTo(sessionId);
        assertThat(jdbc.sql("select count(*) from audit_event where session_hash = ?").param(sessionId).query(Long.class).single()).isZero();
        assertThat(last.organizationId()).isEqualTo(organization);
        assertThat(last.action()).isEqualTo("case.read");
    }

    @Test
    void outsideARequestTheActorIsSystem() {
        trail.record(AuditEvent.of("keys.rotate", "organization_keyset", null, null));
        assertThat(last().actor()).isEqualTo("system");
        assertThat(last().sessionHash()).isNull();
    }

    @Test
    void eachEventIsChainedToTheOneBeforeWithTheKeyedHash() {
        trail.record(AuditEvent.of("case.read", "case", "a", organization));
        ChainedEvent first = last();
        trail.record(AuditEvent.of("case.update", "case", "a", organization));
        ChainedEvent second = last();

        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.verifiesAt(second.sequence(), key)).isTrue();
        assertThat(auditLog.head().hash()).isEqualTo(second.hash());
        // a plain SHA-256 or an HMAC under another key does not reproduce it
        assertThat(second.verifiesAt(second.sequence(), new AuditChainKey(new byte[32]))).isFalse();
    }

    @Test
    void aSuccessfulChangeIsAuditedOnlyIfItCommits() {
        long before = count();
        try {
            transactions.executeWithoutResult(status -> {
                trail.record(AuditEvent.of("case.update", "case", "rolled-back", organization));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the caller's transaction rolled back
        }
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = 'rolled-back'").query(Long.class).single()).isZero();
    }

    @Test
    void aDeniedAttemptStaysEvenWhenTheCallersTransactionRollsBack() {
        try {
            transactions.executeWithoutResult(status -> {
                trail.record(AuditEvent.of("case.read", "case", "foreign", organization).denied("other organization"));
                throw new IllegalStateException("access denied");
            });
        } catch (IllegalStateException expected) {
            // the caller's transaction rolled back
        }
        assertThat(jdbc.sql("select outcome from audit_event where record_id = 'foreign'").query(String.class).list()).containsExactly("DENIED");
    }

    @Test
    void aDeniedAttemptAfterAnAuditedReadInTheSameTransactionNeitherHangsNorIsLost() {
        try {
            transactions.executeWithoutResult(status -> {
                trail.record(AuditEvent.of("case.read", "case", "own-then-foreign", organization));
                trail.record(AuditEvent.of("case.read", "case", "foreign-2", organization).denied("other organization"));
                throw new IllegalStateException("access denied");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = 'own-then-foreign'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select outcome from audit_event where record_id = 'foreign-2'").query(String.class).list()).containsExactly("DENIED");
        assertThat(last().verifiesAt(last().sequence(), key)).isTrue();
    }

    @Test
    void readsOfReadOnlyTransactionsAreCommittedBeforeRecordReturnsEvenWhenEveryPooledConnectionIsTaken(
            @Value("${passage.db.pool-size}") int poolSize) throws Exception {
        long before = auditLog.head().sequence();
        var readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        var allHoldTheirConnection = new java.util.concurrent.CyclicBarrier(poolSize);
        List<Callable<Long>> pages = new ArrayList<>();
        for (int p = 0; p < poolSize; p++) {
            String page = "read-only-page-" + p;
            pages.add(() -> readOnly.execute(status -> {
                jdbc.sql("select 1").query(Integer.class).single(); // this transaction now holds a pooled connection
                await(allHoldTheirConnection);
                trail.record(AuditEvent.of("case.read", "case", page, organization));
                // committed already: seen from inside the still open read-only transaction
                return jdbc.sql("select count(*) from audit_event where record_id = ?").param(page).query(Long.class).single();
            }));
        }
        try (var threads = Executors.newFixedThreadPool(poolSize)) {
            for (var future : threads.invokeAll(pages)) {
                assertThat(future.get()).isEqualTo(1L);
            }
        }
        assertThat(auditLog.head().sequence()).isEqualTo(before + poolSize);
        assertThat(last().verifiesAt(last().sequence(), key)).isTrue();
    }

    private static void await(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the pages did not all hold a connection", e);
        }
    }

    @Test
    void concurrentWritersProduceOneUnbrokenChain() throws Exception {
        long before = auditLog.head().sequence();
        List<Callable<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            int writer = w;
            writers.add(() -> {
                for (int i = 0; i < 20; i++) {
                    var event = AuditEvent.of("case.read", "case", writer + "-" + i, organization);
                    trail.record(i % 3 == 0 ? event.denied("test") : event);
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (var future : pool.invokeAll(writers)) {
                future.get();
            }
        }
        List<ChainedEvent> events = new ArrayList<>();
        auditLog.forEachInOrder(events::add);
        List<ChainedEvent> written = events.stream().filter(e -> e.sequence() > before).toList();
        assertThat(written).hasSize(120);
        for (int i = 0; i < written.size(); i++) {
            ChainedEvent event = written.get(i);
            assertThat(event.sequence()).isEqualTo(before + 1 + i);
            assertThat(event.verifiesAt(event.sequence(), key)).isTrue();
            if (i > 0) {
                assertThat(event.previousHash()).isEqualTo(written.get(i - 1).hash());
            }
        }
    }

    @Test
    void theTableRejectsUpdateDeleteAndTruncate() {
        trail.record(AuditEvent.of("case.read", "case", "x", organization));
        assertThatThrownBy(() -> jdbc.sql("update audit_event set detail = 'edited'").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_chain_head set sequence = 0").update()).hasMessageContaining("forward");
    }

    @Test
    void theChainKeyIsAPrivateFileOutsideTheDatabase() throws Exception {
        Path file = keysDirectory.resolve(AuditChainKey.FILE_NAME);
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(key.toString()).contains("REDACTED").doesNotContain(Files.readString(file).strip());
    }

    private ChainedEvent last() {
        return jdbc.sql("select * from audit_event order by sequence desc limit 1").query(AuditLog::map).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }
}
