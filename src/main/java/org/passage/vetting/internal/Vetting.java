package org.passage.vetting.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.security.SignOffIndependence;
import org.passage.vetting.DecisionView.Outcome;
import org.passage.vetting.VettingDecided;

/**
 * The vetting of one case as one whole: the service periods he claimed, the latest run and its findings, the manual
 * findings and the history of decisions. Every change is a method here that first asks the
 * {@link TwoPersonSignOffPolicy} whether it may happen now, so no page or command can skip a step of the two-person
 * rule; each change is remembered for {@link Vettings} to write and registers the event it causes, published after
 * the save. A changed or removed period makes the latest run stale: no decision is proposed on stale findings. Free
 * of Spring and of storage.
 */
public final class Vetting {

    private static final TwoPersonSignOffPolicy RULE = new TwoPersonSignOffPolicy();
    private static final Comparator<ServicePeriod> EARLIEST_FIRST =
            Comparator.comparing((ServicePeriod p) -> p.dates().earliest()).thenComparing(ServicePeriod::recordedAt);

    private final CaseId caseId;
    private final UUID organizationId;
    private final List<ServicePeriod> periods;
    private FindingLog.@Nullable Run latestRun;
    private List<Finding> runFindings;
    private final List<Finding> manualFindings;
    private final List<Decision> decisions;
    private boolean runCurrent;
    private final List<VettingChange> changes = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    /**
     * The vetting as stored. {@code decisionsNewestFirst}: the first one counts. The latest run is current when it was
     * made after every period was recorded and judged exactly the periods there are now (the rules give one territory
     * finding per period, identified by the period's id).
     */
    Vetting(CaseId caseId, UUID organizationId, List<ServicePeriod> periods, FindingLog.@Nullable Run latestRun,
            List<Finding> runFindings, List<Finding> manualFindings, List<Decision> decisionsNewestFirst) {
        this.caseId = Objects.requireNonNull(caseId, "caseId");
        this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
        this.periods = new ArrayList<>(periods);
        this.periods.sort(EARLIEST_FIRST);
        this.latestRun = latestRun;
        this.runFindings = List.copyOf(runFindings);
        this.manualFindings = new ArrayList<>(manualFindings);
        this.decisions = new ArrayList<>(decisionsNewestFirst);
        this.runCurrent = latestRun != null && judgedAsTheyAre(latestRun, this.runFindings, this.periods);
    }

    /** A case nobody vetted yet. */
    static Vetting start(CaseId caseId, UUID organizationId) {
        return new Vetting(caseId, organizationId, List.of(), null, List.of(), List.of(), List.of());
    }

    /**
     * Records a new period ({@code periodId} null) or changes one; {@code checking} turns the form into a period,
     * given the case's other periods (to explain overlaps). Makes the latest run stale.
     */
    ServicePeriod recordPeriod(@Nullable UUID periodId, Function<List<ServicePeriod>, CheckingPeriod.Checked> checking, UUID by,
                               Instant at) {
        allowChanges();
        if (periodId != null && period(periodId).isEmpty()) {
            throw new NotInThisVetting("period " + periodId);
        }
        var checked = checking.apply(periods.stream().filter(p -> !p.id().equals(periodId)).toList());
        var period = new ServicePeriod(periodId == null ? UUID.randomUUID() : periodId, caseId, checked.claim(), checked.unitId(),
                checked.dates(), checked.kind(), at, by);
        periods.removeIf(p -> p.id().equals(period.id()));
        periods.add(period);
        periods.sort(EARLIEST_FIRST);
        runCurrent = false;
        changes.add(new VettingChange.PeriodSaved(period));
        return period;
    }

    /** Removes a period; makes the latest run stale. */
    void removePeriod(UUID periodId) {
        allowChanges();
        if (!periods.removeIf(p -> p.id().equals(periodId))) {
            throw new NotInThisVetting("period " + periodId);
        }
        runCurrent = false;
        changes.add(new VettingChange.PeriodRemoved(periodId));
    }

    /**
     * Stores what the rules found as the next run; {@code at} is when the run looked at the periods, so a period
     * recorded while it ran leaves it stale.
     */
    FindingLog.Run recordRun(List<Finding.Draft> drafts, UUID by, Instant at) {
        allowChanges();
        var run = new FindingLog.Run(UUID.randomUUID(), latestRun == null ? 1 : latestRun.number() + 1, at, by);
        runFindings = drafts.stream().map(d -> new Finding(UUID.randomUUID(), run.id(), d.severity(), d.kind(), d.identity(), d.title(),
                d.explanation(), d.inputs(), false, at, by, List.of())).toList();
        latestRun = run;
        runCurrent = judgedAsTheyAre(run, runFindings, periods);
        changes.add(new VettingChange.RunRecorded(run, runFindings));
        return run;
    }

    /** A finding an analyst writes himself; it stays across runs. */
    Finding addFinding(@Nullable String severity, @Nullable String title, @Nullable String explanation, UUID by, Instant at) {
        allowChanges();
        var finding = Finding.written(severity, title, explanation, by, at);
        manualFindings.add(finding);
        changes.add(new VettingChange.FindingAdded(finding));
        return finding;
    }

    /** Attaches an item of the case's evidence locker ({@code ofThisCase}: the locker knows it for this case) to a finding. */
    void attachEvidence(UUID findingId, UUID evidenceId, boolean ofThisCase, UUID by, Instant at) {
        allowChanges();
        if (findings().stream().noneMatch(f -> f.id().equals(findingId))) {
            throw new NotInThisVetting("finding " + findingId);
        }
        if (!ofThisCase) {
            throw new InvalidVettingInput("evidence", "vetting.error.evidence.unknown", "choose an evidence item of this case");
        }
        Function<Finding, Finding> attach = f -> !f.id().equals(findingId) || f.evidenceIds().contains(evidenceId) ? f
                : new Finding(f.id(), f.runId(), f.severity(), f.kind(), f.identity(), f.title(), f.explanation(), f.inputs(), f.manual(),
                        f.createdAt(), f.createdBy(), append(f.evidenceIds(), evidenceId));
        runFindings = runFindings.stream().map(attach).toList();
        manualFindings.replaceAll(attach::apply);
        changes.add(new VettingChange.EvidenceAttached(findingId, evidenceId, at, by));
    }

    /** The first analyst proposes an outcome resting on findings of the current run (or his own findings). */
    Decision propose(@Nullable String outcome, @Nullable String rationale, List<UUID> cited, UUID by, Instant at) {
        refuse(RULE.propose(current().orElse(null), latestRun != null, runCurrent));
        Outcome chosen;
        try {
            chosen = Outcome.valueOf(outcome == null ? "" : outcome.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidVettingInput("outcome", "vetting.error.outcome", "choose an outcome");
        }
        String why = LongText.of("rationale", rationale, true);
        Set<UUID> known = findings().stream().map(Finding::id).collect(Collectors.toSet());
        if (!known.containsAll(cited)) {
            throw new InvalidVettingInput("cited", "vetting.error.cited", "cite findings of this vetting only");
        }
        if (cited.isEmpty() && chosen != Outcome.NO_CONCERNS) {
            throw new InvalidVettingInput("cited", "vetting.error.cited.required", "cite the findings this outcome rests on");
        }
        var decision = new Decision(UUID.randomUUID(), chosen, why, cited, by, at, Decision.State.PROPOSED, null, null, null, null, null, null);
        decisions.addFirst(decision);
        changes.add(new VettingChange.DecisionProposed(decision));
        return decision;
    }

    /**
     * A second analyst confirms the proposal (locking the vetting, {@link VettingDecided}) or sends it back with a
     * reason; never the proposer himself, and no confirmation from a browser the proposer used ({@code secondSignOff});
     * its flags stay on the confirmed decision.
     */
    Decision review(boolean confirm, @Nullable String reason, UUID reviewer, Instant at, SignOffIndependence.Verdict secondSignOff) {
        Decision proposed = current().orElse(null);
        refuse(RULE.review(proposed, reviewer));
        if (confirm) {
            refuse(RULE.confirm(secondSignOff, runSinceProposal()));
        }
        String why = LongText.of("reason", reason, !confirm);
        var reviewed = new Decision(proposed.id(), proposed.outcome(), proposed.rationale(), proposed.citedFindings(), proposed.proposedBy(),
                proposed.proposedAt(), confirm ? Decision.State.CONFIRMED : Decision.State.RETURNED, reviewer, at, why, null, null, null,
                confirm ? secondSignOff.flags() : java.util.Set.of());
        decisions.set(0, reviewed);
        changes.add(new VettingChange.DecisionReviewed(reviewed));
        if (confirm) {
            events.add(new VettingDecided(caseId, reviewed.outcome(), at));
        }
        return reviewed;
    }

    /** Unlocks a confirmed decision; the reason is required and stays in the history. */
    Decision reopen(@Nullable String reason, UUID by, Instant at) {
        Decision confirmed = current().orElse(null);
        refuse(RULE.reopen(confirmed));
        String why = LongText.of("reason", reason, true);
        var reopened = new Decision(confirmed.id(), confirmed.outcome(), confirmed.rationale(), confirmed.citedFindings(),
                confirmed.proposedBy(), confirmed.proposedAt(), Decision.State.REOPENED, confirmed.reviewedBy(), confirmed.reviewedAt(),
                confirmed.reviewReason(), by, at, why, confirmed.reviewFlags());
        decisions.set(0, reopened);
        changes.add(new VettingChange.DecisionReopened(reopened));
        return reopened;
    }

    /** Refuses (with the page's message) when the vetting is locked; a run asks before gathering its facts. */
    void allowChanges() {
        refuse(RULE.change(current().orElse(null)));
    }

    CaseId caseId() {
        return caseId;
    }

    UUID organizationId() {
        return organizationId;
    }

    /** Earliest first. */
    List<ServicePeriod> periods() {
        return List.copyOf(periods);
    }

    Optional<ServicePeriod> period(UUID periodId) {
        return periods.stream().filter(p -> p.id().equals(periodId)).findFirst();
    }

    FindingLog.@Nullable Run latestRun() {
        return latestRun;
    }

    /** The proposal waiting for a second analyst was made before the latest run. */
    boolean runSinceProposal() {
        Decision d = current().orElse(null);
        return d != null && d.state() == Decision.State.PROPOSED && latestRun != null && latestRun.at().isAfter(d.proposedAt());
    }

    /** Whether the latest run judged the periods as they are now. */
    boolean runIsCurrent() {
        return runCurrent;
    }

    /** The latest run's findings, then the manual ones. */
    List<Finding> findings() {
        List<Finding> all = new ArrayList<>(runFindings);
        all.addAll(manualFindings);
        return List.copyOf(all);
    }

    /** Newest first. */
    List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** The latest decision, the one that counts. */
    Optional<Decision> current() {
        return decisions.stream().findFirst();
    }

    boolean locked() {
        return current().map(Decision::locks).orElse(false);
    }

    boolean mayChange() {
        return RULE.change(current().orElse(null)).isEmpty();
    }

    boolean mayPropose() {
        return RULE.propose(current().orElse(null), latestRun != null, runCurrent).isEmpty();
    }

    boolean mayReview(UUID staffId) {
        return RULE.review(current().orElse(null), staffId).isEmpty();
    }

    boolean mayReopen() {
        return RULE.reopen(current().orElse(null)).isEmpty();
    }

    /** The changes not saved yet, oldest first. */
    List<VettingChange> changes() {
        return List.copyOf(changes);
    }

    /** The events the changes caused, to publish once they are saved. */
    List<Object> events() {
        return List.copyOf(events);
    }

    /** Called by {@link Vettings} once the changes are written and the events published. */
    void saved() {
        changes.clear();
        events.clear();
    }

    private static void refuse(Optional<TwoPersonSignOffPolicy.Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().asInput();
        }
    }

    private static boolean judgedAsTheyAre(FindingLog.Run run, List<Finding> findings, List<ServicePeriod> periods) {
        if (periods.stream().anyMatch(p -> p.recordedAt().isAfter(run.at()))) {
            return false;
        }
        Set<String> judged = new HashSet<>();
        findings.stream().map(Finding::identity).filter(i -> i.startsWith("territory:")).forEach(judged::add);
        return judged.equals(periods.stream().map(p -> "territory:" + p.id()).collect(Collectors.toSet()));
    }

    private static List<UUID> append(List<UUID> ids, UUID id) {
        List<UUID> more = new ArrayList<>(ids);
        more.add(id);
        return more;
    }

    @Override
    public String toString() {
        return "Vetting[" + caseId + ", " + periods.size() + " periods, " + decisions.size() + " decisions]";
    }
}
