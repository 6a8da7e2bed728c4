package org.passage.audit.internal;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the group commit's writer appends a group: in one statement (one round trip, one commit) after the chain head
 * this writer last left, and only when another writer (a change's transaction, another server) appended in between,
 * the locking way: read the head under its lock, write, move it, commit. The head remembered here is only a guess
 * that the database checks inside the statement, so a wrong guess costs a retry, never a broken chain. Used by the
 * single writer thread only.
 */
final class GroupAppends implements Consumer<List<AuditLog.Entry>> {

    private final AuditLog log;
    private final TransactionTemplate locking;
    private AuditLog.@Nullable Head last;

    GroupAppends(AuditLog log, TransactionTemplate locking) {
        this.log = log;
        this.locking = locking;
    }

    @Override
    public void accept(List<AuditLog.Entry> entries) {
        AuditLog.Head known = last;
        last = null; // unknown until this append is known to have committed
        AuditLog.Head moved = known == null || entries.isEmpty() ? null : log.appendAllAfter(known, entries);
        if (moved == null) {
            moved = locking.execute(status -> log.appendAll(entries));
        }
        last = moved;
    }
}
