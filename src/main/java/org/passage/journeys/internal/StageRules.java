package org.passage.journeys.internal;

import static org.passage.cases.Stage.ARRIVED;
import static org.passage.cases.Stage.CLOSED;
import static org.passage.cases.Stage.CROSSING;
import static org.passage.cases.Stage.DETAINED;
import static org.passage.cases.Stage.HIDING_IN_RUSSIA;
import static org.passage.cases.Stage.IN_THIRD_COUNTRY;
import static org.passage.cases.Stage.IN_TRANSIT;
import static org.passage.cases.Stage.LOST_CONTACT;
import static org.passage.cases.Stage.VISA_APPLIED;
import static org.passage.cases.Stage.VISA_GRANTED;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.passage.cases.Stage;

/**
 * Which stage may follow which. The route runs first contact → … → closed; a case may skip ahead (people
 * often first write when already across the border) but not go back, except the set-backs that really happen
 * (turned back at the border, visa refused, sent back from the airport). Lost contact and detention can
 * interrupt any open stage; afterwards the case resumes where it was or further on. Anything else — arrived
 * back to hiding in Russia — is a correction of a mistake and needs a reason on record.
 */
final class StageRules {

    /** The route, in order; lost contact and detained are interruptions, not steps. */
    static final List<Stage> ROUTE = List.of(Stage.FIRST_CONTACT, HIDING_IN_RUSSIA, CROSSING, IN_THIRD_COUNTRY,
            Stage.VETTING, VISA_APPLIED, VISA_GRANTED, IN_TRANSIT, ARRIVED, Stage.ASYLUM_FILED, CLOSED);

    private static final Set<Stage> INTERRUPTIONS = Set.of(LOST_CONTACT, DETAINED);

    /** Set-backs that happen in real journeys and are no mistake. */
    private static final Map<Stage, Set<Stage>> SETBACKS = Map.of(
            CROSSING, Set.of(HIDING_IN_RUSSIA),                 // turned back at the border
            VISA_APPLIED, Set.of(IN_THIRD_COUNTRY),              // visa refused
            VISA_GRANTED, Set.of(IN_THIRD_COUNTRY),              // visa expired before travel
            IN_TRANSIT, Set.of(IN_THIRD_COUNTRY));               // sent back at the airport

    /** The verdict on a proposed move. */
    enum Verdict { ALLOWED, NEEDS_CORRECTION, SAME_STAGE }

    private StageRules() {
    }

    /**
     * @param resumeFrom for a case that is lost or detained, the route stage it was at before (null if unknown)
     */
    static Verdict judge(Stage from, Stage to, @Nullable Stage resumeFrom) {
        if (from == to) {
            return Verdict.SAME_STAGE;
        }
        if (!from.isOpen()) {
            return Verdict.NEEDS_CORRECTION; // reopening a closed case is always a deliberate act
        }
        if (INTERRUPTIONS.contains(to)) {
            return Verdict.ALLOWED;
        }
        if (INTERRUPTIONS.contains(from)) {
            return resumeFrom == null || ROUTE.indexOf(to) >= ROUTE.indexOf(resumeFrom) ? Verdict.ALLOWED
                    : Verdict.NEEDS_CORRECTION;
        }
        if (ROUTE.indexOf(to) > ROUTE.indexOf(from) || SETBACKS.getOrDefault(from, Set.of()).contains(to)) {
            return Verdict.ALLOWED;
        }
        return Verdict.NEEDS_CORRECTION;
    }

    /** Whether the stage interrupts the route rather than being a step on it. */
    static boolean isInterruption(Stage stage) {
        return INTERRUPTIONS.contains(stage);
    }
}
