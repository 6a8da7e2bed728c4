package org.passage.retention.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseErasure;
import org.passage.cases.CaseId;
import org.passage.crypto.CaseKeys;
import org.passage.crypto.RotationProgress;
import org.passage.retention.DeletionRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases one case: first moves any of its values still under the organization's key under the case's key (data from
 * before per-case keys), then, in one transaction, marks the case erased, destroys its key, drops a pending request,
 * writes the signed deletion record and the audit row. A legal hold refuses it. Killed before the commit, nothing
 * happened (the values moved under the case key still open); after it, the erasure key file is deleted, or by the
 * next run if the process died in between.
 */
@Component
class Erasing {

    /** A legal hold keeps the case. */
    static final class OnLegalHold extends RuntimeException {
        OnLegalHold(CaseId id) {
            super("case " + id + " is on legal hold: lift the hold before erasing it");
        }
    }

    private final CaseErasure cases;
    private final CaseKeys caseKeys;
    private final LegalHolds holds;
    private final ErasureRequests requests;
    private final DeletionRecords records;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Erasing(CaseErasure cases, CaseKeys caseKeys, LegalHolds holds, ErasureRequests requests, DeletionRecords records, AuditTrail audit,
            PlatformTransactionManager transactions, Clock clock) {
        this.cases = cases;
        this.caseKeys = caseKeys;
        this.holds = holds;
        this.requests = requests;
        this.records = records;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Erases the case; empty when it was erased already. {@link OnLegalHold} when a hold keeps it. */
    Optional<DeletionRecord> erase(CaseErasure.RestingCase kase, String rule, String requestedBy, String confirmedBy) {
        if (holds.held(kase.id())) {
            throw new OnLegalHold(kase.id());
        }
        caseKeys.sealByCase(kase.id().value(), 200, RotationProgress.silent());
        return transactions.execute(status -> {
            if (!cases.markErased(kase.id())) { // locks the case row
                return Optional.<DeletionRecord>empty();
            }
            if (holds.held(kase.id())) { // placed while we were moving values
                throw new OnLegalHold(kase.id());
            }
            UUID organization = kase.organizationId();
            caseKeys.destroy(organization, kase.id().value());
            requests.remove(organization, kase.id());
            DeletionRecord record = records.write(organization, kase.code(), clock.instant(), rule, requestedBy, confirmedBy);
            audit.record(new AuditEvent("case.erased", "case", kase.id().toString(), organization, AuditEvent.Outcome.SUCCESS,
                    rule + "; key destroyed; deletion record " + record.id()));
            return Optional.of(record);
        });
    }
}
