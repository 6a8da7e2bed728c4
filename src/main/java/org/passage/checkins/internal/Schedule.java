package org.passage.checkins.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;

/** A case's check-in schedule: how often, in which stages (none: always), paused or not, when the next is due. */
public record Schedule(CaseId caseId, UUID organizationId, Duration interval, Set<Stage> stages, boolean paused, Instant nextDueAt,
                @Nullable Instant lastCheckInAt, boolean hasDuressPhrase) {

    static final Duration MIN_INTERVAL = Duration.ofHours(1);
    static final Duration MAX_INTERVAL = Duration.ofDays(14);

    public Schedule {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(nextDueAt, "nextDueAt");
        if (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException("interval");
        }
        stages = Set.copyOf(stages);
    }

    public boolean appliesIn(Stage stage) {
        return stages.isEmpty() || stages.contains(stage);
    }
}
