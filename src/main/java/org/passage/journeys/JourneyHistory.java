package org.passage.journeys;

import org.jspecify.annotations.Nullable;
import org.passage.cases.Stage;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's journey as recorded, oldest first: every stage change (with its reason, which is personal) and
 * every place he stayed (country, and the city, which is personal). For documents about the case such as the
 * dossier; {@link #toString()} is redacted.
 */
public record JourneyHistory(List<StageStep> stages, List<Stay> stays) {

    public JourneyHistory {
        stages = List.copyOf(stages);
        stays = List.copyOf(stays);
    }

    /** A move to {@code to} effective on a day; a correction fixes an earlier entry. */
    public record StageStep(@Nullable Stage from, Stage to, LocalDate effective, boolean correction, String reason) {
        @Override
        public String toString() {
            return "StageStep[" + from + "->" + to + " on " + effective + ", reason REDACTED]";
        }
    }

    /** He was in {@code countryCode} (ISO alpha-2), in {@code city}, from {@code since}. */
    public record Stay(String countryCode, String city, LocalDate since) {
        @Override
        public String toString() {
            return "Stay[" + countryCode + " since " + since + ", city REDACTED]";
        }
    }

    @Override
    public String toString() {
        return "JourneyHistory[" + stages.size() + " stages, " + stays.size() + " stays, REDACTED]";
    }
}
