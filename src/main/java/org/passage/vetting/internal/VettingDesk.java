package org.passage.vetting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.evidence.EvidenceLocker;
import org.passage.geo.Gazetteer;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.passage.security.SignOffIndependence;
import org.passage.units.UnitDirectory;
import org.passage.vetting.FindingView.Severity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vetting analysts' desk: for each step, the case door checks the reader's need to know (audited once as
 * "vetting.read"), the desk checks he is a vetting analyst (a refusal is audited), loads the {@link Vetting}, asks it
 * to take the step — the two-person rule is the vetting's own — saves it and audits the step in the same transaction
 * (the detail never names the applicant or his places). A refused step stores nothing.
 */
@Service
class VettingDesk {

    private final Cases cases;
    private final Vettings vettings;
    private final VettingRun runs;
    private final UnitDirectory units;
    private final Gazetteer gazetteer;
    private final ObjectProvider<EvidenceLocker> evidence;
    private final AuditTrail audit;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SignOffIndependence signOffs;

    VettingDesk(Cases cases, Vettings vettings, VettingRun runs, UnitDirectory units, @Lazy Gazetteer gazetteer,
                ObjectProvider<EvidenceLocker> evidence, AuditTrail audit, CurrentStaff currentStaff, Clock clock,
                TransactionTemplate transaction, SignOffIndependence signOffs) {
        this.signOffs = signOffs;
        this.cases = cases;
        this.vettings = vettings;
        this.runs = runs;
        this.units = units;
        this.gazetteer = gazetteer;
        this.evidence = evidence;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Transactional
    ServicePeriod savePeriod(CaseId id, @Nullable UUID periodId, PeriodForm form) {
        return savePeriod(id, periodId, form, null);
    }

    /**
     * As {@link #savePeriod(CaseId, UUID, PeriodForm)}, from an edit form that showed the period as {@code shown}
     * ({@link PeriodForm#shown}): a period someone changed since is refused, so a second tab does not put back what it
     * showed over what was saved from the first.
     */
    @Transactional
    ServicePeriod savePeriod(CaseId id, @Nullable UUID periodId, PeriodForm form, @Nullable String shown) {
        CaseRef ticket = analystTicket(id, "vetting.period");
        Vetting vetting = vettings.of(ticket);
        if (periodId != null && shown != null && vetting.periods().stream()
                .anyMatch(p -> p.id().equals(periodId) && !PeriodForm.shown(p).equals(shown))) {
            throw new InvalidVettingInput("period", "vetting.error.period.changedMeanwhile",
                    "someone changed this period since the page was opened");
        }
        Function<List<ServicePeriod>, CheckingPeriod.Checked> checking =
                others -> new CheckingPeriod(units, gazetteer).check(form, others, LocalDate.now(clock));
        ServicePeriod period = known(() -> vetting.recordPeriod(periodId, checking, currentStaff.staffId(), clock.instant()));
        vettings.save(vetting);
        audited(ticket, "vetting.period", (periodId == null ? "period added " : "period changed ") + period.id());
        return period;
    }

    @Transactional
    void deletePeriod(CaseId id, UUID periodId) {
        CaseRef ticket = analystTicket(id, "vetting.period");
        Vetting vetting = vettings.of(ticket);
        known(() -> vetting.removePeriod(periodId));
        vettings.save(vetting);
        audited(ticket, "vetting.period", "period deleted " + periodId);
    }

    /**
     * A new run: the findings are gathered outside any transaction (screening has its own, and a refusal there must
     * not roll the run back); storing them is one transaction, with its audit row, on the vetting as it is then (a
     * period recorded meanwhile leaves the run stale).
     */
    FindingLog.Run run(CaseId id) {
        CaseRef ticket = analystTicket(id, "vetting.run");
        Instant started = clock.instant();
        Vetting before = vettings.of(ticket);
        before.allowChanges();
        List<Finding.Draft> drafts = runs.findings(before.periods(), ticket);
        return transaction.execute(status -> {
            Vetting vetting = vettings.of(ticket);
            FindingLog.Run run = vetting.recordRun(drafts, currentStaff.staffId(), started);
            vettings.save(vetting);
            long serious = drafts.stream().filter(d -> d.severity() == Severity.SERIOUS).count();
            audited(ticket, "vetting.run", "run " + run.number() + ": " + drafts.size() + " findings, " + serious + " serious");
            return run;
        });
    }

    @Transactional
    Finding addFinding(CaseId id, String severity, String title, String explanation) {
        CaseRef ticket = analystTicket(id, "vetting.finding");
        Vetting vetting = vettings.of(ticket);
        Finding finding = vetting.addFinding(severity, title, explanation, currentStaff.staffId(), clock.instant());
        vettings.save(vetting);
        audited(ticket, "vetting.finding", "manual finding " + finding.id() + " " + finding.severity());
        return finding;
    }

    @Transactional
    void attachEvidence(CaseId id, UUID findingId, UUID evidenceId) {
        CaseRef ticket = analystTicket(id, "vetting.evidence");
        Vetting vetting = vettings.of(ticket);
        EvidenceLocker locker = evidence.getIfAvailable();
        boolean ofThisCase = locker != null && locker.item(ticket, evidenceId).isPresent();
        known(() -> vetting.attachEvidence(findingId, evidenceId, ofThisCase, currentStaff.staffId(), clock.instant()));
        vettings.save(vetting);
        audited(ticket, "vetting.evidence", "evidence " + evidenceId + " attached to finding " + findingId);
    }

    @Transactional
    Decision propose(CaseId id, String outcome, String rationale, List<UUID> cited) {
        CaseRef ticket = analystTicket(id, "vetting.decision");
        Vetting vetting = vettings.of(ticket);
        Decision decision = vetting.propose(outcome, rationale, cited, currentStaff.staffId(), clock.instant());
        vettings.save(vetting);
        signOffs.firstSignOff();
        audited(ticket, "vetting.propose", decision.outcome() + " proposed, decision " + decision.id());
        return decision;
    }

    /**
     * The second analyst confirms (locking the vetting) or returns the proposal. The proposer trying, and a confirmation
     * from a browser the proposer logged in with (or one Passage cannot recognise), are refused and audited; a
     * confirmation from the proposer's recent network address or from a browser both accounts used is flagged.
     */
    @Transactional
    void review(CaseId id, boolean confirm, String reason) {
        CaseRef ticket = analystTicket(id, "vetting.decision");
        Vetting vetting = vettings.of(ticket);
        UUID proposer = vetting.current().map(Decision::proposedBy).orElse(null);
        var secondSignOff = proposer == null ? new SignOffIndependence.Verdict(false, false, java.util.Set.of())
                : signOffs.secondSignOff(proposer);
        Decision reviewed;
        try {
            reviewed = vetting.review(confirm, reason, currentStaff.staffId(), clock.instant(), secondSignOff);
        } catch (InvalidVettingInput e) {
            String why = switch (e.messageKey()) {
                case "vetting.error.decision.samePerson" -> "proposer may not review his own proposal";
                case "vetting.error.decision.sameDevice" -> "confirmation from a browser the proposer " + proposer + " logged in with";
                case "vetting.error.decision.deviceUnknown" -> "confirmation from a browser without a device mark";
                default -> null;
            };
            if (why != null) {
                audit.record(AuditEvent.of("vetting.review", "case", id, ticket.organizationId()).denied(why));
            }
            throw e;
        }
        vettings.save(vetting);
        audited(ticket, "vetting.review", (confirm ? "confirmed " : "returned ") + reviewed.outcome() + ", decision " + reviewed.id()
                + (reviewed.reviewFlags().isEmpty() ? "" : ", flagged " + new java.util.TreeSet<>(reviewed.reviewFlags())));
        if (confirm) {
            signOffs.flag(ticket.organizationId(), "vetting_decision", reviewed.id(), reviewed.proposedBy(), currentStaff.staffId(),
                    reviewed.reviewFlags());
        }
    }

    @Transactional
    void reopen(CaseId id, String reason) {
        CaseRef ticket = analystTicket(id, "vetting.reopen");
        Vetting vetting = vettings.of(ticket);
        Decision reopened = vetting.reopen(reason, currentStaff.staffId(), clock.instant());
        vettings.save(vetting);
        audited(ticket, "vetting.reopen", "reopened decision " + reopened.id() + " (" + reopened.outcome() + ")");
    }

    /** The ticket to the case (need to know, audited as a read) for a vetting analyst; a refusal of the role is audited. */
    private CaseRef analystTicket(CaseId id, String action) {
        CaseRef ticket = cases.read(id, "vetting.read");
        if (!currentStaff.has(Role.VETTING_ANALYST)) {
            audit.record(AuditEvent.of(action, "case", id, ticket.organizationId()).denied("vetting changes are the vetting analysts' work"));
            throw new AccessDeniedException("vetting analysts only");
        }
        return ticket;
    }

    private void audited(CaseRef ticket, String action, String detail) {
        audit.record(AuditEvent.of(action, "case", ticket.id(), ticket.organizationId()).withDetail(detail));
    }

    /** A period or finding of another case (or none) is answered like a case the reader may not see. */
    private static <T> T known(Supplier<T> step) {
        try {
            return step.get();
        } catch (NotInThisVetting e) {
            throw new NoSuchCase();
        }
    }

    private static void known(Runnable step) {
        known(() -> {
            step.run();
            return step;
        });
    }
}
