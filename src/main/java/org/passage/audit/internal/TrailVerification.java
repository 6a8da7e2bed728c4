package org.passage.audit.internal;

import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.audit.AuditVerification;
import org.passage.audit.ChainReport;
import org.passage.audit.NotedHead;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the whole trail, verifies it, and records that it did (the verification is itself audited). */
@Component
class TrailVerification implements AuditVerification {

    private final AuditLog auditLog;
    private final AuditChainKey key;
    private final AuditTrail trail;

    private final TransactionTemplate snapshot;

    TrailVerification(AuditLog auditLog, AuditChainKey key, AuditTrail trail, PlatformTransactionManager transactions) {
        this.auditLog = auditLog;
        this.key = key;
        this.trail = trail;
        this.snapshot = new TransactionTemplate(transactions);
        // the head and the rows from one snapshot, so events appended meanwhile do not look like tampering
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    @Override
    public ChainReport verify() {
        return verify(null);
    }

    /** With a head noted earlier outside Passage, also catches events deleted from the end along with the head. */
    @Override
    public ChainReport verify(@org.jspecify.annotations.Nullable NotedHead noted) {
        ChainReport report = snapshot.execute(status -> {
            var verifier = new ChainVerifier(key);
            AuditLog.Head head = auditLog.head();
            auditLog.forEachInOrder(verifier);
            return verifier.report(head, noted);
        });
        var event = AuditEvent.of("audit.verify", "audit_event", null, null).withDetail(report.summary());
        trail.record(report.intact() ? event : event.failed(report.summary()));
        return report;
    }
}
