package org.passage.vetting;

import java.util.List;
import java.util.Optional;
import org.passage.cases.CaseId;

/** Everything the vetting of a case holds: the service periods, the findings of the latest run and the decision. */
public record VettingRecord(CaseId caseId, List<ServicePeriodView> servicePeriods, List<FindingView> findings,
                            Optional<DecisionView> decision) {

    public VettingRecord {
        servicePeriods = List.copyOf(servicePeriods);
        findings = List.copyOf(findings);
    }
}
