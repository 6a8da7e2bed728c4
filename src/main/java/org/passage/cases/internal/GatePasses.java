package org.passage.cases.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The gate passes of the transaction under way, so that one act (an export, a change, a page) is one audit row. A
 * pass's row is written just before the transaction commits, when the act may have added what came of it ("export
 * 3f2a…, sha256 …") and holding the audit chain as briefly as possible; a rollback takes it away with the act, as
 * it always did. In a read-only transaction, or none, the row is written at once.
 */
@Component
class GatePasses {

    private final AuditTrail audit;

    GatePasses(AuditTrail audit) {
        this.audit = audit;
    }

    /** One pass through the gate: the ticket it issued and its audit row, until that is written. */
    private static final class Pass {
        final CaseRef ticket;
        AuditEvent event;
        boolean written;

        Pass(CaseRef ticket, AuditEvent event) {
            this.ticket = ticket;
            this.event = event;
        }
    }

    /** Records that {@code ticket} was issued for {@code purpose}: one audit row, with the transaction. */
    void record(CaseRef ticket, String purpose) {
        var pass = new Pass(ticket, AuditEvent.of(purpose, "case", ticket.id(), ticket.organizationId()));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            audit.record(pass.event);
            return;
        }
        passes().add(pass);
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            write(pass);
        }
    }

    /**
     * Adds what came of the act to the row of the holder's latest pass for the ticket's case. Should that row be
     * written already (a read-only transaction), or the pass be of another transaction, the detail gets a row of its
     * own: with the pass's action, or else {@code case.outcome}.
     */
    void note(CaseRef ticket, String detail) {
        Optional<Pass> found = latest(ticket.id(), ticket.issuedTo());
        if (found.isEmpty()) {
            audit.record(AuditEvent.of("case.outcome", "case", ticket.id(), ticket.organizationId()).withDetail(detail));
        } else if (found.get().written) {
            audit.record(found.get().event.withDetail(detail));
        } else {
            found.get().event = found.get().event.withDetail(detail);
        }
    }

    private Optional<Pass> latest(CaseId id, @org.jspecify.annotations.Nullable UUID holder) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        List<Pass> passes = passes();
        for (int i = passes.size() - 1; i >= 0; i--) {
            Pass p = passes.get(i);
            if (p.ticket.id().equals(id) && Objects.equals(p.ticket.issuedTo(), holder)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private void write(Pass pass) {
        if (!pass.written) {
            pass.written = true;
            audit.record(pass.event);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Pass> passes() {
        if (TransactionSynchronizationManager.getResource(this) instanceof List<?> bound) {
            return (List<Pass>) bound;
        }
        List<Pass> passes = new ArrayList<>();
        TransactionSynchronizationManager.bindResource(this, passes);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                List.copyOf(passes).forEach(GatePasses.this::write);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(GatePasses.this);
            }
        });
        return passes;
    }
}
