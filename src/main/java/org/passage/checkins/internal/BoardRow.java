package org.passage.checkins.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseSummary;
import org.passage.journeys.CountryRisk;
import org.passage.journeys.Whereabouts;

/**
 * One line: the case, since when its check-in is overdue, the open alert (if any) and its level's audience,
 * where the person is now (country, since) and that country's risk in the organization's register, and when he
 * checked in after a missed check-in's alert was raised (the alert stays open until someone says what was done).
 */
public record BoardRow(CaseSummary summary, @Nullable Instant overdueSince, Duration overdueFor, @Nullable Alert alert,
           @Nullable String audience, @Nullable Whereabouts whereabouts, @Nullable String countryName,
           @Nullable CountryRisk risk, @Nullable Instant checkedInAfterAlert) {
    public boolean duress() {
        return alert != null && alert.kind() == Alert.Kind.DURESS;
    }

    public int level() {
        return alert == null ? 0 : alert.level();
    }
}
