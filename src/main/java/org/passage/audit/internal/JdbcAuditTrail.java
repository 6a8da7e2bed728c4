package org.passage.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit events with the transaction rules the trail needs. A successful read or change joins the
 * caller's transaction, so a change never commits without its audit row (and a rolled-back change leaves
 * none). A denied or failed attempt is written in a transaction of its own, so it stays even when the
 * caller's transaction rolls back.
 *
 * <p>An event recorded outside any transaction (an API request, a refused login, a command) or in a read-only one
 * (a page that only reads: its case reads) goes to a {@link GroupCommit}: written together with the events of
 * concurrent requests in one transaction, committed before {@link #record} returns, so before the data read is
 * handed on. One commit for many page views instead of one chain-lock hold and one disk flush each: with 50 staff
 * sessions, page transactions queued on the chain head row was the slowest part of a page. A group is one statement,
 * one round trip, when no other writer appended since ({@link GroupAppends}). The group commit has
 * connections of its own ({@link #WRITER_CONNECTIONS}), so requests holding every pooled connection while they wait
 * for it cannot starve it.
 *
 * <p>Appending locks the chain head until the transaction ends. If the caller's transaction already holds
 * that lock, a separate transaction would wait for it forever, so its denied/failed events are written just
 * after it completes instead.
 */
@Component
class JdbcAuditTrail implements AuditTrail, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditTrail.class);

    private final AuditLog auditLog;
    private final TransactionTemplate joining;
    private final TransactionTemplate separate;
    private final Clock clock;
    private final GroupCommit outsideTransactions;

    /** Connections of the group commit's own pool: one writes, one is ready should the first have broken. */
    static final int WRITER_CONNECTIONS = 2;

    private final @Nullable HikariDataSource writerPool;

    @org.springframework.beans.factory.annotation.Autowired
    JdbcAuditTrail(AuditLog auditLog, PlatformTransactionManager transactions, DataSource dataSource, AuditChainKey key) {
        this.auditLog = auditLog;
        this.joining = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = Clock.systemUTC();
        this.writerPool = dataSource instanceof HikariDataSource pool ? writerPool(pool) : null;
        if (writerPool == null) {
            this.outsideTransactions = new GroupCommit(entries -> separate.executeWithoutResult(status -> auditLog.appendAll(entries)));
        } else {
            var writer = new AuditLog(JdbcClient.create(writerPool), new JdbcTemplate(writerPool), key);
            var writing = new TransactionTemplate(new DataSourceTransactionManager(writerPool));
            this.outsideTransactions = new GroupCommit(new GroupAppends(writer, writing));
        }
    }

    /** The same database, user and timeouts as the application's pool, with connections of its own. */
    private static HikariDataSource writerPool(HikariDataSource application) {
        var config = new HikariConfig();
        application.copyStateTo(config);
        config.setPoolName(application.getPoolName() + "-audit");
        config.setMaximumPoolSize(WRITER_CONNECTIONS);
        config.setMinimumIdle(0);
        // a quiet installation (or one of the many test contexts) does not keep them open
        config.setIdleTimeout(java.time.Duration.ofSeconds(30).toMillis());
        return new HikariDataSource(config);
    }

    @Override
    public void record(AuditEvent event) {
        var entry = entry(event);
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        boolean readOnly = inTransaction && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (!inTransaction || readOnly) {
            // an API request, a refused login, a command, a page that only reads: committed with whatever else
            // waits, before this returns (a read-only transaction cannot insert, and holds no chain lock to wait on)
            outsideTransactions.append(entry);
        } else if (event.outcome() == AuditEvent.Outcome.SUCCESS && !readOnly) {
            joining.executeWithoutResult(status -> {
                auditLog.append(entry);
                holdingChain();
            });
        } else if (TransactionSynchronizationManager.getResource(this) instanceof ChainHeld held) {
            held.deferred.add(entry);
        } else {
            separate.executeWithoutResult(status -> auditLog.append(entry));
        }
    }

    @Override
    public <T> T recordWhile(AuditEvent event, java.util.function.Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return AuditTrail.super.recordWhile(event, work);
        }
        var written = outsideTransactions.submit(entry(event));
        T result;
        try {
            result = work.get();
        } finally {
            // also when the work failed: the event of a request that was made is committed before the error goes out
            GroupCommit.await(written);
        }
        return result;
    }

    private AuditLog.Entry entry(AuditEvent event) {
        return new AuditLog.Entry(clock.instant(), actor(), sessionHash(), event.organizationId(), event.action(),
                event.recordType(), event.recordId(), event.outcome(), event.detail());
    }

    /** Writes what waits for the group commit before the database goes away. */
    @Override
    public void close() {
        outsideTransactions.close();
        if (writerPool != null) {
            writerPool.close();
        }
    }

    /** Remembers, for this transaction, that it holds the chain head lock. */
    private void holdingChain() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        var held = new ChainHeld();
        TransactionSynchronizationManager.bindResource(this, held);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(JdbcAuditTrail.this);
                for (AuditLog.Entry entry : held.deferred) {
                    try {
                        separate.executeWithoutResult(s -> auditLog.append(entry));
                    } catch (RuntimeException e) {
                        log.error("Could not write the audit event '{}' after its transaction ended: {}", entry.action(), e.getMessage());
                    }
                }
            }
        });
    }

    private static final class ChainHeld {
        final List<AuditLog.Entry> deferred = new ArrayList<>();
    }

    /** The signed-in user's name, "anonymous" before login, "system" outside any request (commands, jobs). */
    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "system";
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        String name = authentication.getName();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** SHA-256 of the HTTP session id: links one session's events without storing an id that could be replayed. */
    static @Nullable String sessionHash() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        var session = attributes.getRequest().getSession(false);
        return session == null ? null : sha256(session.getId());
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
