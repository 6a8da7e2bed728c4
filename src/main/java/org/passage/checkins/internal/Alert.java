package org.passage.checkins.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;

/** An alert about a case: a missed check-in (due at {@code dueAt}) or a duress signal, escalated to {@code level}. */
public record Alert(UUID id, CaseId caseId, UUID organizationId, Kind kind, @Nullable Instant dueAt, Instant raisedAt, int level,
             @Nullable Instant acknowledgedAt) {

    public enum Kind { MISSED, DURESS }

    public boolean open() {
        return acknowledgedAt == null;
    }
}
