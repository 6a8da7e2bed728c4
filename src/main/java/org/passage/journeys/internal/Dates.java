package org.passage.journeys.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.passage.days.TypedDay;

/** Dates of things that already happened, as typed into a form. */
final class Dates {

    /** The war began in 2014; an earlier date in a journey is a typing mistake. */
    static final LocalDate EARLIEST = LocalDate.of(2014, 1, 1);

    private Dates() {
    }

    static LocalDate pastOrToday(String field, @Nullable String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new InvalidJourneyInput(field, "journey.error.date.required", "a date is required");
        }
        LocalDate date;
        try {
            date = TypedDay.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidJourneyInput(field, "journey.error.date.format", "a date like 2026-03-02");
        }
        if (date.isAfter(today)) {
            throw new InvalidJourneyInput(field, "journey.error.date.future", "this date is in the future");
        }
        if (date.isBefore(EARLIEST)) {
            throw new InvalidJourneyInput(field, "journey.error.date.early", "this date is implausibly early");
        }
        return date;
    }
}
