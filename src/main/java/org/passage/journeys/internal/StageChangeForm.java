package org.passage.journeys.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.passage.cases.Stage;

/** What the stage form sends; each accessor validates its field and names it when it is wrong. */
record StageChangeForm(@Nullable String stage, @Nullable String effective, @Nullable String reason, boolean correction) {

    static final int MAX_REASON = 1000;

    static StageChangeForm empty() {
        return new StageChangeForm("", "", "", false);
    }

    Stage target() {
        try {
            return Stage.valueOf(stage == null ? "" : stage.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidJourneyInput("stage", "journey.error.stage.unknown", "choose a stage from the list");
        }
    }

    LocalDate effectiveOn(LocalDate today) {
        return Dates.pastOrToday("effective", effective, today);
    }

    String reasonText() {
        return Texts.clean("reason", reason, MAX_REASON);
    }
}
