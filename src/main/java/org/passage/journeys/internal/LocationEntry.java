package org.passage.journeys.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;

/** One place the person was, since a day: the city is personal and never printed. */
public record LocationEntry(UUID id, CaseId caseId, String countryCode, String city, LocalDate since, Instant recordedAt,
                            @Nullable UUID recordedBy) {

    @Override
    public String toString() {
        return "LocationEntry[" + caseId + " " + countryCode + " since " + since + ", city REDACTED]";
    }
}
