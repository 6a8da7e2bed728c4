package org.passage.retention.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseErasure;
import org.passage.cases.Stage;
import org.passage.crypto.CaseKeys;
import org.passage.crypto.RotationProgress;
import org.passage.retention.DeletionRecord;
import org.passage.retention.Retention;
import org.springframework.stereotype.Component;

/**
 * {@link Retention}: for each stage with a rule, the cases unchanged for longer than its period are erased, except
 * those on legal hold. Before that, a real run deletes erasure keys an interrupted erasure left behind and moves values
 * still under an organization's key under their case's key, so that the next backup holds none.
 */
@Component
class RetentionRunner implements Retention {

    private final RetentionSettings settings;
    private final CaseErasure cases;
    private final CaseKeys caseKeys;
    private final LegalHolds holds;
    private final Erasing erasing;
    private final DeletionRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionRunner(RetentionSettings settings, CaseErasure cases, CaseKeys caseKeys, LegalHolds holds, Erasing erasing, DeletionRecords records,
                    AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.cases = cases;
        this.caseKeys = caseKeys;
        this.holds = holds;
        this.erasing = erasing;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Report run(boolean dryRun) {
        int leftovers = 0;
        CaseKeys.Resealed resealed = new CaseKeys.Resealed(0, 0, 0);
        if (!dryRun) {
            leftovers = caseKeys.deleteLeftoverErasureKeys();
            resealed = caseKeys.sealByCase(null, 200, RotationProgress.silent());
        }
        Instant now = clock.instant();
        List<Due> due = new ArrayList<>();
        int erased = 0;
        int held = 0;
        for (var rule : settings.keepAfterLastChange().entrySet()) {
            Stage stage = rule.getKey();
            Period period = rule.getValue();
            String ruleName = RetentionSettings.ruleName(stage, period);
            Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
            for (CaseErasure.RestingCase kase : cases.resting(stage, cutoff)) {
                boolean onHold = holds.held(kase.id());
                due.add(new Due(kase.code(), kase.organizationId(), stage, kase.lastChange(), ruleName, onHold));
                if (onHold) {
                    held++;
                } else if (!dryRun) {
                    try {
                        if (erasing.erase(kase, ruleName, "retention rule", "retention rule").isPresent()) {
                            erased++;
                        }
                    } catch (Erasing.OnLegalHold placedMeanwhile) {
                        held++;
                    }
                }
            }
        }
        if (!dryRun) {
            audit.record(new AuditEvent("retention.run", "retention", null, null, AuditEvent.Outcome.SUCCESS,
                    due.size() + " due, " + erased + " erased, " + held + " on legal hold, " + resealed.resealed() + " values moved under case keys"));
        }
        return new Report(dryRun, List.copyOf(due), erased, held, resealed.resealed(), resealed.remaining(), leftovers);
    }

    @Override
    public List<DeletionRecord> records(UUID organizationId) {
        return records.of(organizationId);
    }

    @Override
    public boolean verifies(DeletionRecord record) {
        return records.verifies(record);
    }
}
