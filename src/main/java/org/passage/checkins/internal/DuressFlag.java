package org.passage.checkins.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.spi.CaseListFlag;
import org.springframework.stereotype.Component;

/** Marks, in the case list, the cases with an open duress alert (nobody has acknowledged it yet), and filters by it. */
@Component
class DuressFlag implements CaseListFlag {

    private final Alerts alerts;

    DuressFlag(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public String key() {
        return "duress";
    }

    @Override
    public String labelKey() {
        return "checkins.flag.duress";
    }

    @Override
    public Set<CaseId> flagged(UUID organizationId, Collection<CaseId> caseIds) {
        Set<CaseId> asked = Set.copyOf(caseIds);
        return alerts.openIn(organizationId).stream().filter(a -> a.kind() == Alert.Kind.DURESS).map(Alert::caseId)
                .filter(asked::contains).collect(Collectors.toSet());
    }
}
