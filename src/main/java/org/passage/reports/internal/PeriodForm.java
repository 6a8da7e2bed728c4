package org.passage.reports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.passage.reports.StatisticsPeriod;
import org.passage.days.TypedDay;

/**
 * The period as typed in the form (ISO dates); blank means the last twelve months up to today. A bad field is
 * named in {@link InvalidPeriod}, so the page can say which one.
 */
record PeriodForm(@Nullable String from, @Nullable String to) {

    static final class InvalidPeriod extends RuntimeException {
        private final String field;
        private final String messageKey;

        InvalidPeriod(String field, String messageKey, String message) {
            super(message);
            this.field = field;
            this.messageKey = messageKey;
        }

        String field() {
            return field;
        }

        String messageKey() {
            return messageKey;
        }
    }

    StatisticsPeriod period(LocalDate today) {
        LocalDate end = day("to", to, today);
        LocalDate start = day("from", from, end.minusYears(1).plusDays(1));
        if (end.isBefore(start)) {
            throw new InvalidPeriod("to", "statistics.error.order", "the period ends before it starts");
        }
        try {
            return new StatisticsPeriod(start, end);
        } catch (IllegalArgumentException e) {
            throw new InvalidPeriod("from", "statistics.error.long", e.getMessage());
        }
    }

    private static LocalDate day(String field, @Nullable String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate day = TypedDay.parse(text.strip());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                throw new InvalidPeriod(field, "statistics.error.date", field + " is not a date between 2000 and 2100");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidPeriod(field, "statistics.error.date", field + " is not a date (YYYY-MM-DD)");
        }
    }
}
