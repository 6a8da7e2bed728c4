package org.passage.testing;

import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** TEMPORARY stand-in until org.passage.audit lands on main. Delete after the merge. */
@Component
class InterimAuditTrail implements AuditTrail {
    @Override
    public void record(AuditEvent event) {
    }
}
