package org.passage.audit;

/**
 * Records what happened. The acting user and session are taken from the current request's security context
 * (or "system" outside a request), so callers say only what was done to which record.
 */
public interface AuditTrail {

    void record(AuditEvent event);
}
