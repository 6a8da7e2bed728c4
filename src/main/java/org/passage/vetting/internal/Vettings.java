package org.passage.vetting.internal;

import java.util.List;
import org.passage.cases.CaseRef;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

/**
 * Where {@link Vetting}s are kept: loads one whole from the periods, runs, findings and decisions tables and writes
 * back only what changed, then publishes the events the changes caused (in the caller's transaction, so a listener
 * hears of a decision only once it is stored). Takes a case ticket: the need to know was checked at the case door.
 */
@Repository
class Vettings {

    private final ServiceHistory history;
    private final FindingLog findings;
    private final Decisions decisions;
    private final ApplicationEventPublisher events;

    Vettings(ServiceHistory history, FindingLog findings, Decisions decisions, ApplicationEventPublisher events) {
        this.history = history;
        this.findings = findings;
        this.decisions = decisions;
        this.events = events;
    }

    Vetting of(CaseRef ticket) {
        var org = ticket.organizationId();
        List<FindingLog.Run> runs = findings.runs(org, ticket.id());
        FindingLog.Run latest = runs.isEmpty() ? null : runs.getFirst();
        return new Vetting(ticket.id(), org, history.of(org, ticket.id()), latest,
                latest == null ? List.of() : findings.ofRun(org, latest.id()), findings.manual(org, ticket.id()),
                decisions.of(org, ticket.id()));
    }

    void save(Vetting vetting) {
        var org = vetting.organizationId();
        var id = vetting.caseId();
        for (VettingChange change : vetting.changes()) {
            switch (change) {
                case VettingChange.PeriodSaved c -> history.save(org, c.period());
                case VettingChange.PeriodRemoved c -> history.delete(org, id, c.periodId());
                case VettingChange.RunRecorded c -> {
                    findings.startRun(org, id, c.run());
                    int position = 0;
                    for (Finding f : c.findings()) {
                        findings.add(org, id, f, position++);
                    }
                }
                case VettingChange.FindingAdded c -> findings.add(org, id, c.finding(), 0);
                case VettingChange.EvidenceAttached c -> findings.attach(c.findingId(), c.evidenceId(), c.at(), c.by());
                case VettingChange.DecisionProposed c -> decisions.propose(org, id, c.decision());
                case VettingChange.DecisionReviewed c -> decisions.review(org, id, c.decision().id(), c.decision().state(), c.decision().reviewedBy(),
                        c.decision().reviewedAt(), c.decision().reviewReason(), c.decision().reviewFlags());
                case VettingChange.DecisionReopened c -> decisions.reopen(org, id, c.decision().id(), c.decision().reopenedBy(), c.decision().reopenedAt(),
                        c.decision().reopenReason());
            }
        }
        vetting.events().forEach(events::publishEvent);
        vetting.saved();
    }
}
