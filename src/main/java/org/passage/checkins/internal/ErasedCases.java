package org.passage.checkins.internal;

import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An erased case is asked nothing more and alerts nobody: its schedule stops and its open alerts are closed in the
 * same transaction as the erasure, so the sweep neither raises nor escalates anything about a person whose data is
 * gone. What was done about earlier alerts went with the case's key.
 */
@Component
class ErasedCases {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ErasedCases(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(CaseErased erased) {
        jdbc.sql("update checkin_schedules set paused = true where case_id = :case").param("case", erased.caseId().value()).update();
        int closed = jdbc.sql("update checkin_alerts set acknowledged_at = now() where case_id = :case and acknowledged_at is null")
                .param("case", erased.caseId().value()).update();
        if (closed > 0) {
            audit.record(new AuditEvent("checkin.alert.close", "case", erased.caseId().toString(), erased.organizationId(),
                    AuditEvent.Outcome.SUCCESS, closed + " open alert(s) closed: the case was erased"));
        }
    }
}
