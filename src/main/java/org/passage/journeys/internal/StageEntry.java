package org.passage.journeys.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;

/** One stage change as recorded: the reason is personal (opened only for readers with need to know). */
public record StageEntry(UUID id, CaseId caseId, @Nullable Stage from, Stage to, LocalDate effective, boolean correction,
                         String reason, Instant recordedAt, @Nullable UUID recordedBy) {

    @Override
    public String toString() {
        return "StageEntry[" + caseId + " " + from + "->" + to + " on " + effective + ", reason REDACTED]";
    }
}
