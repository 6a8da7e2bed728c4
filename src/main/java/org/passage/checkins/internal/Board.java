package org.passage.checkins.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.cases.CaseSummary;
import org.passage.journeys.CountryRisk;
import org.passage.journeys.Journeys;
import org.passage.journeys.Whereabouts;
import org.passage.security.CurrentStaff;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The check-in board: every case of the viewer's organization that is overdue or has an open alert, kept to
 * the cases he may see (the case policy decides and audits each one shown), most urgent first, with where the
 * person is now and how dangerous that country is.
 */
@Service
class Board {

    private final Schedules schedules;
    private final Alerts alerts;
    private final Cases cases;
    private final CurrentStaff staff;
    private final CheckInSettings settings;
    private final Clock clock;
    private final Journeys journeys;

    Board(Schedules schedules, Alerts alerts, Cases cases, CurrentStaff staff, CheckInSettings settings, Clock clock,
          Journeys journeys) {
        this.journeys = journeys;
        this.schedules = schedules;
        this.alerts = alerts;
        this.cases = cases;
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<BoardRow> rows() {
        UUID org = staff.organizationId();
        Instant now = clock.instant();
        Map<CaseId, Schedule> overdue = schedules.overdue(org, now).stream()
                .collect(Collectors.toMap(Schedule::caseId, Function.identity()));
        Map<CaseId, Alert> open = alerts.openIn(org).stream()
                .collect(Collectors.toMap(Alert::caseId, Function.identity(), (a, b) -> a.level() >= b.level() ? a : b));
        Set<CaseId> ids = new LinkedHashSet<>(open.keySet());
        ids.addAll(overdue.keySet());
        List<CaseSummary> shown = cases.readable(ids, "checkin.board").stream().map(cases::summary).toList();
        // asked only for the cases the policy let through: journeys decides no access itself
        Map<CaseId, Whereabouts> where = journeys.whereabouts(shown.stream().map(CaseSummary::id).toList());
        Map<String, Optional<CountryRisk>> risks = new HashMap<>();
        Locale locale = LocaleContextHolder.getLocale();
        List<BoardRow> rows = new ArrayList<>();
        for (CaseSummary summary : shown) {
            Whereabouts whereabouts = where.get(summary.id());
            String country = whereabouts == null ? null : whereabouts.countryCode();
            CountryRisk risk = country == null ? null : risks.computeIfAbsent(country, c -> journeys.risk(org, c)).orElse(null);
            Schedule schedule = overdue.get(summary.id());
            Alert alert = open.get(summary.id());
            Instant since = schedule == null ? null : schedule.nextDueAt();
            rows.add(new BoardRow(summary, since, since == null ? Duration.ZERO : Duration.between(since, now), alert,
                    alert == null ? null : settings.audience(alert.level()), whereabouts,
                    country == null ? null : Locale.of("", country).getDisplayCountry(locale), risk, checkedInAfter(alert)));
        }
        rows.sort(Comparator.comparing(BoardRow::duress).thenComparingInt(BoardRow::level).thenComparing(BoardRow::overdueFor).reversed());
        return rows;
    }

    /**
     * When he checked in after the missed check-in's alert was raised: the row still said "missed check-in", "—" overdue,
     * and a coordinator could not tell he was heard from since (walk27). Never for duress, which is itself a check-in.
     */
    private @Nullable Instant checkedInAfter(@Nullable Alert alert) {
        if (alert == null || alert.kind() != Alert.Kind.MISSED) {
            return null;
        }
        return schedules.find(alert.caseId()).map(Schedule::lastCheckInAt)
                .filter(last -> last.isAfter(alert.raisedAt())).orElse(null);
    }
}
