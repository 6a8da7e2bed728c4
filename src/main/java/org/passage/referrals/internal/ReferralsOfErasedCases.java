package org.passage.referrals.internal;

import java.time.Clock;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An erased case's referrals: what is sealed under its key went with it; a referral to an organization on this
 * installation that was still pending is withdrawn and its summary deleted in the erasure's transaction, because that
 * copy is sealed with the receiving organization's key, which the erasure does not destroy.
 */
@Component
class ReferralsOfErasedCases {

    private final Referrals referrals;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralsOfErasedCases(Referrals referrals, AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(CaseErased erased) {
        int withdrawn = referrals.withdrawForErasedCase(erased.caseId().value(), clock.instant());
        if (withdrawn > 0) {
            audit.record(new AuditEvent("referral.withdraw", "case", erased.caseId().toString(), erased.organizationId(),
                    AuditEvent.Outcome.SUCCESS, withdrawn + " pending referral(s) withdrawn and their summaries deleted: the case was erased"));
        }
    }
}
