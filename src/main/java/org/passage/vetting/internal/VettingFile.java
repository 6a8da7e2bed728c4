package org.passage.vetting.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseRef;
import org.passage.evidence.EvidenceItem;
import org.passage.units.UnitView;

/**
 * Everything the vetting page shows of a case, read once the reader's need to know was allowed and audited: the
 * {@link Vetting} (periods, the latest run's findings and manual findings, decisions newest first) and what only the
 * page needs besides — what changed since the run before, the units named, the names of the staff involved and the
 * case's evidence items. What the reader may do is the vetting's two-person rule, for analysts only.
 *
 * @param changed   identities of findings that are new or changed severity since the previous run
 * @param gone      findings of the previous run that the latest run no longer produced
 */
public record VettingFile(CaseRef ref, Vetting vetting, List<ServicePeriod> periods, Map<UUID, UnitView> units,
                   FindingLog.@Nullable Run latestRun, List<Finding> findings, Set<String> changed, List<Finding> gone,
                   List<Decision> decisions, Map<UUID, String> staffNames, Map<UUID, EvidenceItem> evidence, boolean analyst) {

    static VettingFile of(CaseRef ref, Vetting vetting, Map<UUID, UnitView> units, Set<String> changed, List<Finding> gone,
                          Map<UUID, String> staffNames, Map<UUID, EvidenceItem> evidence, boolean analyst) {
        return new VettingFile(ref, vetting, vetting.periods(), units, vetting.latestRun(), vetting.findings(), changed, gone,
                vetting.decisions(), staffNames, evidence, analyst);
    }

    public boolean isEmpty() {
        return periods.isEmpty() && latestRun == null && decisions.isEmpty() && findings.isEmpty();
    }

    public Optional<Decision> current() {
        return vetting.current();
    }

    public boolean locked() {
        return vetting.locked();
    }

    /** The analyst may record periods, run, add findings: not while the decision is locked. */
    public boolean mayEdit() {
        return analyst && vetting.mayChange();
    }

    /** Not while a proposal waits or a decision stands, and only on a run that judged the periods as they are now. */
    public boolean mayPropose() {
        return analyst && vetting.mayPropose();
    }

    public boolean mayReview(UUID staffId) {
        return analyst && vetting.mayReview(staffId);
    }

    public boolean mayReopen() {
        return analyst && vetting.mayReopen();
    }

    /** A run exists but periods changed since: the page asks for a new run before a proposal. */
    public boolean runIsStale() {
        return latestRun != null && !vetting.runIsCurrent();
    }

    /**
     * The proposal still waiting was made on an earlier run: the vetting was run again since (new facts, new data), so
     * the findings it cites may be gone and new red flags may stand beside it. The second analyst must know before
     * he confirms, and he cannot confirm it: he returns it.
     */
    public FindingLog.@Nullable Run runSinceProposal() {
        return vetting.runSinceProposal() ? latestRun : null;
    }

    public String staff(@Nullable UUID id) {
        return id == null ? "" : staffNames.getOrDefault(id, "?");
    }

    public @Nullable UnitView unit(ServicePeriod p) {
        return p.unitId() == null ? null : units.get(p.unitId());
    }

    /** The territory status the latest run found for the period: a geo status code, or "unknown". */
    public String territoryOf(ServicePeriod p) {
        return findings.stream().filter(f -> f.identity().equals("territory:" + p.id())).findFirst()
                .map(f -> f.inputs().getOrDefault("status", "unknown")).orElse("unknown");
    }

    /** The red flags: serious findings (documented facts), first on the page and the only ones the decision form cites. */
    public List<Finding> redFlags() {
        return findings.stream().filter(f -> f.severity() == org.passage.vetting.FindingView.Severity.SERIOUS).toList();
    }

    /**
     * What a proposal may cite on the form: the red flags; when there are none, the concerns (a proposal of
     * "concerns to resolve" rests on them). Information is never cited.
     */
    public List<Finding> citable() {
        List<Finding> red = redFlags();
        return !red.isEmpty() ? red
                : findings.stream().filter(f -> f.severity() == org.passage.vetting.FindingView.Severity.CONCERN).toList();
    }

    /** Every finding, most severe first (the rules' order within a severity). */
    public List<Finding> bySeverity() {
        return findings.stream().sorted(java.util.Comparator.comparing(Finding::severity).reversed()).toList();
    }

    public long count(org.passage.vetting.FindingView.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
