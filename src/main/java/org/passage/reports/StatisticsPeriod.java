package org.passage.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days a report covers, both ends included. At most ten years, so a typo cannot ask for a century. */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 3660;

    public StatisticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a period covers at most " + MAX_DAYS + " days");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    @Override
    public String toString() {
        return from + "/" + to;
    }
}
