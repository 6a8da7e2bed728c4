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
 * Everything the vetting page shows of a case, read once the reader's need to know was allowed and audited:
 * periods, the latest run's findings (and what changed since the run before), manual findings, decisions (newest
 * first), the names of the staff involved and the case's evidence items.
 *
 * @param changed   identities of findings that are new or changed severity since the previous run
 * @param gone      findings of the previous run that the latest run no longer produced
 */
public record VettingFile(CaseRef ref, List<ServicePeriod> periods, Map<UUID, UnitView> units, FindingLog.@Nullable Run latestRun,
                   List<Finding> findings, Set<String> changed, List<Finding> gone, List<Decision> decisions,
                   Map<UUID, String> staffNames, Map<UUID, EvidenceItem> evidence, boolean analyst) {

    public boolean isEmpty() {
        return periods.isEmpty() && latestRun == null && decisions.isEmpty() && findings.isEmpty();
    }

    public Optional<Decision> current() {
        return decisions.stream().findFirst();
    }

    public boolean locked() {
        return current().map(Decision::locks).orElse(false);
    }

    /** The analyst may record periods, run, add findings: not while the decision is locked. */
    public boolean mayEdit() {
        return analyst && !locked();
    }

    public boolean mayPropose() {
        return analyst && current().map(d -> !d.isOpen()).orElse(true);
    }

    public boolean mayReview(UUID staffId) {
        return analyst && current().map(d -> d.state() == Decision.State.PROPOSED && !d.proposedBy().equals(staffId)).orElse(false);
    }

    public boolean mayReopen() {
        return analyst && locked();
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

    public long count(org.passage.vetting.FindingView.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
