package org.passage.vetting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseAccess;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.evidence.EvidenceItem;
import org.passage.evidence.EvidenceLocker;
import org.passage.geo.Gazetteer;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.security.CurrentStaff;
import org.passage.units.UnitDirectory;
import org.passage.units.UnitView;
import org.passage.vetting.DecisionView.Outcome;
import org.passage.vetting.FindingView.Severity;
import org.passage.vetting.VettingDecided;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording service periods, adding findings and deciding, for one case at a time. Need to know comes from
 * {@link CaseAccess} (a read of the case); changing the vetting is the vetting analysts' work, checked here and
 * audited when refused. Validation happens before anything is written, so a refused form stores nothing; each
 * change is audited in its own transaction (the audit detail never names the applicant or his places).
 */
@Service
class VettingDesk {

    static final int MAX_RATIONALE = 4000;

    private final CaseAccess cases;
    private final ServiceHistory history;
    private final FindingLog findings;
    private final Decisions decisions;
    private final UnitDirectory units;
    private final Gazetteer gazetteer;
    private final StaffDirectory staff;
    private final ObjectProvider<EvidenceLocker> evidence;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    VettingDesk(CaseAccess cases, ServiceHistory history, FindingLog findings, Decisions decisions, UnitDirectory units,
                @Lazy Gazetteer gazetteer, StaffDirectory staff, ObjectProvider<EvidenceLocker> evidence, AuditTrail audit,
                ApplicationEventPublisher events, CurrentStaff currentStaff, Clock clock) {
        this.cases = cases;
        this.history = history;
        this.findings = findings;
        this.decisions = decisions;
        this.units = units;
        this.gazetteer = gazetteer;
        this.staff = staff;
        this.evidence = evidence;
        this.audit = audit;
        this.events = events;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** The vetting page's data; the read is audited as "vetting.read". */
    @Transactional
    VettingFile read(CaseId id) {
        return file(cases.read(id, "vetting.read"), true);
    }

    /** The vetting of a case whose read was already allowed and audited (case panel, dossier). */
    @Transactional(readOnly = true)
    VettingFile file(CaseRef ref, boolean withEvidence) {
        UUID org = ref.organizationId();
        List<ServicePeriod> periods = history.of(org, ref.id());
        Map<UUID, UnitView> known = new HashMap<>();
        periods.stream().map(ServicePeriod::unitId).filter(java.util.Objects::nonNull).distinct()
                .forEach(u -> units.unit(u).ifPresent(v -> known.put(u, v)));
        List<FindingLog.Run> runs = findings.runs(org, ref.id());
        List<Finding> latest = runs.isEmpty() ? List.of() : findings.ofRun(org, runs.getFirst().id());
        List<Finding> previous = runs.size() < 2 ? List.of() : findings.ofRun(org, runs.get(1).id());
        Map<String, Finding> before = previous.stream().collect(Collectors.toMap(Finding::identity, Function.identity(), (a, b) -> a));
        Set<String> changed = new HashSet<>();
        if (runs.size() >= 2) {
            latest.stream().filter(f -> !before.containsKey(f.identity()) || before.get(f.identity()).severity() != f.severity())
                    .forEach(f -> changed.add(f.identity()));
        }
        Set<String> now = latest.stream().map(Finding::identity).collect(Collectors.toSet());
        List<Finding> gone = previous.stream().filter(f -> !now.contains(f.identity())).toList();
        List<Finding> all = new ArrayList<>(latest);
        all.addAll(findings.manual(org, ref.id()));
        List<Decision> decided = decisions.of(org, ref.id());
        Map<UUID, String> names = new HashMap<>();
        for (Decision d : decided) {
            for (UUID who : new UUID[] {d.proposedBy(), d.reviewedBy(), d.reopenedBy()}) {
                if (who != null) {
                    names.computeIfAbsent(who, w -> staff.find(w).map(StaffMember::displayName).orElse("?"));
                }
            }
        }
        runs.stream().findFirst().ifPresent(r -> names.computeIfAbsent(r.by(), w -> staff.find(w).map(StaffMember::displayName).orElse("?")));
        Map<UUID, EvidenceItem> items = withEvidence ? evidenceOf(ref.id()) : Map.of();
        return new VettingFile(ref, periods, known, runs.isEmpty() ? null : runs.getFirst(), all, changed, gone, decided, names,
                items, currentStaff.has(Role.VETTING_ANALYST));
    }

    private Map<UUID, EvidenceItem> evidenceOf(CaseId id) {
        EvidenceLocker locker = evidence.getIfAvailable();
        if (locker == null) {
            return Map.of();
        }
        Map<UUID, EvidenceItem> items = new LinkedHashMap<>();
        locker.ofCase(id).forEach(i -> items.put(i.id(), i));
        return items;
    }

    @Transactional
    ServicePeriod savePeriod(CaseId id, @Nullable UUID periodId, PeriodForm form) {
        CaseRef ref = analystChange(id, "vetting.period");
        TwoPersonSignOffPolicy.mayEdit(TwoPersonSignOffPolicy.current(decisions.of(ref.organizationId(), id)));
        List<ServicePeriod> existing = history.of(ref.organizationId(), id);
        if (periodId != null && existing.stream().noneMatch(p -> p.id().equals(periodId))) {
            throw new org.passage.cases.CaseRegister.NoSuchCase();
        }
        List<ServicePeriod> others = existing.stream().filter(p -> !p.id().equals(periodId)).toList();
        var checked = new CheckingPeriod(units, gazetteer).check(form, others, LocalDate.now(clock));
        var period = new ServicePeriod(periodId == null ? UUID.randomUUID() : periodId, id, checked.claim(), checked.unitId(),
                checked.dates(), checked.kind(), clock.instant(), currentStaff.staffId());
        history.save(ref.organizationId(), period);
        audit.record(new AuditEvent("vetting.period", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.SUCCESS,
                (periodId == null ? "period added " : "period changed ") + period.id()));
        return period;
    }

    @Transactional
    void deletePeriod(CaseId id, UUID periodId) {
        CaseRef ref = analystChange(id, "vetting.period");
        TwoPersonSignOffPolicy.mayEdit(TwoPersonSignOffPolicy.current(decisions.of(ref.organizationId(), id)));
        if (!history.delete(ref.organizationId(), id, periodId)) {
            throw new org.passage.cases.CaseRegister.NoSuchCase();
        }
        audit.record(new AuditEvent("vetting.period", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.SUCCESS,
                "period deleted " + periodId));
    }

    /** Stores the findings of a run whose facts were gathered outside the transaction (see {@link VettingRun}). */
    @Transactional
    FindingLog.Run storeRun(CaseRef ref, List<Finding.Draft> drafts) {
        TwoPersonSignOffPolicy.mayEdit(TwoPersonSignOffPolicy.current(decisions.of(ref.organizationId(), ref.id())));
        Instant now = clock.instant();
        UUID by = currentStaff.staffId();
        FindingLog.Run run = findings.startRun(ref.organizationId(), ref.id(), now, by);
        int position = 0;
        for (Finding.Draft d : drafts) {
            findings.add(ref.organizationId(), ref.id(), new Finding(UUID.randomUUID(), run.id(), d.severity(), d.kind(), d.identity(),
                    d.title(), d.explanation(), d.inputs(), false, now, by, List.of()), position++);
        }
        long serious = drafts.stream().filter(d -> d.severity() == Severity.SERIOUS).count();
        audit.record(new AuditEvent("vetting.run", "case", ref.id().toString(), ref.organizationId(), AuditEvent.Outcome.SUCCESS,
                "run " + run.number() + ": " + drafts.size() + " findings, " + serious + " serious"));
        return run;
    }

    @Transactional
    Finding addFinding(CaseId id, String severity, String title, String explanation) {
        CaseRef ref = analystChange(id, "vetting.finding");
        TwoPersonSignOffPolicy.mayEdit(TwoPersonSignOffPolicy.current(decisions.of(ref.organizationId(), id)));
        Severity level;
        try {
            level = Severity.valueOf(severity == null ? "" : severity.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidVettingInput("severity", "vetting.error.severity", "choose INFO, CONCERN or SERIOUS");
        }
        String t = PeriodForm.text("title", title, true);
        String text = longText("explanation", explanation, true);
        UUID findingId = UUID.randomUUID();
        var finding = new Finding(findingId, null, level, "manual", "manual:" + findingId, t, text, Map.of(), true, clock.instant(),
                currentStaff.staffId(), List.of());
        findings.add(ref.organizationId(), id, finding, 0);
        audit.record(new AuditEvent("vetting.finding", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.SUCCESS,
                "manual finding " + findingId + " " + level));
        return finding;
    }

    @Transactional
    void attachEvidence(CaseId id, UUID findingId, UUID evidenceId) {
        CaseRef ref = analystChange(id, "vetting.evidence");
        TwoPersonSignOffPolicy.mayEdit(TwoPersonSignOffPolicy.current(decisions.of(ref.organizationId(), id)));
        findings.find(ref.organizationId(), id, findingId).orElseThrow(org.passage.cases.CaseRegister.NoSuchCase::new);
        EvidenceLocker locker = evidence.getIfAvailable();
        if (locker == null || locker.item(id, evidenceId).isEmpty()) {
            throw new InvalidVettingInput("evidence", "vetting.error.evidence.unknown", "choose an evidence item of this case");
        }
        findings.attach(findingId, evidenceId, clock.instant(), currentStaff.staffId());
        audit.record(new AuditEvent("vetting.evidence", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.SUCCESS,
                "evidence " + evidenceId + " attached to finding " + findingId));
    }

    @Transactional
    Decision propose(CaseId id, String outcome, String rationale, List<UUID> cited) {
        CaseRef ref = analystChange(id, "vetting.decision");
        TwoPersonSignOffPolicy.mayPropose(TwoPersonSignOffPolicy.current(decisions.of(ref.organizationId(), id)));
        Outcome chosen;
        try {
            chosen = Outcome.valueOf(outcome == null ? "" : outcome.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidVettingInput("outcome", "vetting.error.outcome", "choose an outcome");
        }
        String why = longText("rationale", rationale, true);
        Set<UUID> known = file(ref, false).findings().stream().map(Finding::id).collect(Collectors.toSet());
        if (!known.containsAll(cited)) {
            throw new InvalidVettingInput("cited", "vetting.error.cited", "cite findings of this vetting only");
        }
        if (cited.isEmpty() && chosen != Outcome.NO_CONCERNS) {
            throw new InvalidVettingInput("cited", "vetting.error.cited.required", "cite the findings this outcome rests on");
        }
        var decision = new Decision(UUID.randomUUID(), chosen, why, cited, currentStaff.staffId(), clock.instant(),
                Decision.State.PROPOSED, null, null, null, null, null, null);
        decisions.propose(ref.organizationId(), id, decision);
        audit.record(new AuditEvent("vetting.propose", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.SUCCESS,
                chosen + " proposed, decision " + decision.id()));
        return decision;
    }

    /** The second analyst confirms (locking the vetting) or returns the proposal; never the proposer himself. */
    @Transactional
    void review(CaseId id, boolean confirm, String reason) {
        CaseRef ref = analystChange(id, "vetting.decision");
        UUID reviewer = currentStaff.staffId();
        Decision current;
        try {
            current = TwoPersonSignOffPolicy.mayReview(TwoPersonSignOffPolicy.current(decisions.of(ref.organizationId(), id)), reviewer);
        } catch (InvalidVettingInput e) {
            if ("vetting.error.decision.samePerson".equals(e.messageKey())) {
                audit.record(new AuditEvent("vetting.review", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.DENIED,
                        "proposer may not review his own proposal"));
            }
            throw e;
        }
        String why = longText("reason", reason, !confirm);
        Instant now = clock.instant();
        decisions.review(ref.organizationId(), current.id(), confirm ? Decision.State.CONFIRMED : Decision.State.RETURNED, reviewer, now, why);
        audit.record(new AuditEvent("vetting.review", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.SUCCESS,
                (confirm ? "confirmed " : "returned ") + current.outcome() + ", decision " + current.id()));
        if (confirm) {
            events.publishEvent(new VettingDecided(id, current.outcome(), now));
        }
    }

    @Transactional
    void reopen(CaseId id, String reason) {
        CaseRef ref = analystChange(id, "vetting.reopen");
        Decision current = TwoPersonSignOffPolicy.mayReopen(TwoPersonSignOffPolicy.current(decisions.of(ref.organizationId(), id)));
        String why = longText("reason", reason, true);
        decisions.reopen(ref.organizationId(), current.id(), currentStaff.staffId(), clock.instant(), why);
        audit.record(new AuditEvent("vetting.reopen", "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.SUCCESS,
                "reopened decision " + current.id() + " (" + current.outcome() + ")"));
    }

    /** Read access to the case (need to know) plus the analyst role; a refusal of the role is audited. */
    CaseRef analystChange(CaseId id, String action) {
        // the read is audited as a read; the change itself is audited by the caller with its own action
        CaseRef ref = cases.read(id, "vetting.read");
        if (!currentStaff.has(Role.VETTING_ANALYST)) {
            audit.record(new AuditEvent(action, "case", id.toString(), ref.organizationId(), AuditEvent.Outcome.DENIED,
                    "vetting changes are the vetting analysts' work"));
            throw new AccessDeniedException("vetting analysts only");
        }
        return ref;
    }

    static String longText(String field, @Nullable String value, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new InvalidVettingInput(field, "vetting.error.required", "this field is required");
        }
        if (v.length() > MAX_RATIONALE) {
            throw new InvalidVettingInput(field, "vetting.error.tooLong", "at most " + MAX_RATIONALE + " characters", MAX_RATIONALE);
        }
        return v;
    }
}
