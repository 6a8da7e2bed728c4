package org.passage.audit;

/**
 * Records what happened. The acting user and session are taken from the current request's security context
 * (or "system" outside a request), so callers say only what was done to which record.
 *
 * <p>Transactions: a {@link AuditEvent.Outcome#SUCCESS} event joins the caller's transaction, so a change
 * never commits without its audit row and a rolled-back change leaves none; record it in the same transaction
 * as the change, as late as possible (appending holds the chain lock until that transaction ends). A DENIED
 * or FAILED event is kept even if the caller's transaction rolls back. Events of read-only transactions are
 * written in a transaction of their own.
 */
public interface AuditTrail {

    void record(AuditEvent event);

    /**
     * Records {@code event} while {@code work} runs, and returns what the work returned once both are done: outside a
     * transaction (an API request) the event is written and committed at the same time as the work, so the request
     * waits for the slower of the two instead of their sum; inside one, it is {@link #record} after the work. Either
     * way the event is committed before this returns, so no answer leaves without its event. The event says what was
     * asked, so it stays when the work then throws (the request was made).
     */
    default <T> T recordWhile(AuditEvent event, java.util.function.Supplier<T> work) {
        T result = work.get();
        record(event);
        return result;
    }
}
