package org.passage.checkins.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.spi.CaseListFlag;
import org.springframework.stereotype.Component;

/** Marks, in the case list, the cases whose running check-in schedule is past due, and filters by it. */
@Component
class OverdueFlag implements CaseListFlag {

    private final Schedules schedules;
    private final Clock clock;

    OverdueFlag(Schedules schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "overdue";
    }

    @Override
    public String labelKey() {
        return "checkins.flag.overdue";
    }

    @Override
    public Set<CaseId> flagged(UUID organizationId, Collection<CaseId> caseIds) {
        Set<CaseId> overdue = schedules.overdue(organizationId, clock.instant()).stream().map(Schedule::caseId)
                .collect(Collectors.toCollection(HashSet::new));
        overdue.retainAll(Set.copyOf(caseIds));
        return overdue;
    }
}
