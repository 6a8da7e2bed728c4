package org.passage.vetting.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.evidence.EvidenceItem;
import org.passage.evidence.EvidenceLocker;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.security.CurrentStaff;
import org.passage.units.UnitDirectory;
import org.passage.units.UnitView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vetting of a case as the page, the case panel, the map and the dossier read it: the {@link Vetting} plus what
 * only a reader needs (what changed since the run before, unit names, staff names, evidence items). Reads only; the
 * case ticket says the need to know was checked and audited at the case door.
 */
@Service
class VettingFiles {

    private final Cases cases;
    private final Vettings vettings;
    private final FindingLog findings;
    private final UnitDirectory units;
    private final StaffDirectory staff;
    private final ObjectProvider<EvidenceLocker> evidence;
    private final CurrentStaff currentStaff;

    VettingFiles(Cases cases, Vettings vettings, FindingLog findings, UnitDirectory units, StaffDirectory staff, ObjectProvider<EvidenceLocker> evidence,
                 CurrentStaff currentStaff) {
        this.cases = cases;
        this.vettings = vettings;
        this.findings = findings;
        this.units = units;
        this.staff = staff;
        this.evidence = evidence;
        this.currentStaff = currentStaff;
    }

    /** The vetting page's data; the read is audited as "vetting.read". */
    @Transactional(readOnly = true)
    VettingFile read(CaseId id) {
        return of(cases.read(id, "vetting.read"), true);
    }

    /** The vetting of a case whose read was already allowed and audited (case panel, map, dossier). */
    @Transactional(readOnly = true)
    VettingFile of(CaseRef ticket, boolean withEvidence) {
        Vetting vetting = vettings.of(ticket);
        Map<UUID, UnitView> known = new HashMap<>();
        vetting.periods().stream().map(ServicePeriod::unitId).filter(Objects::nonNull).distinct()
                .forEach(u -> units.unit(u).ifPresent(v -> known.put(u, v)));
        List<FindingLog.Run> runs = findings.runs(ticket.organizationId(), ticket.id());
        List<Finding> latest = vetting.findings().stream().filter(f -> !f.manual()).toList();
        List<Finding> previous = runs.size() < 2 ? List.of() : findings.ofRun(ticket.organizationId(), runs.get(1).id());
        Map<String, Finding> before = previous.stream().collect(Collectors.toMap(Finding::identity, Function.identity(), (a, b) -> a));
        Set<String> changed = new HashSet<>();
        if (runs.size() >= 2) {
            latest.stream().filter(f -> !before.containsKey(f.identity()) || before.get(f.identity()).severity() != f.severity())
                    .forEach(f -> changed.add(f.identity()));
        }
        Set<String> now = latest.stream().map(Finding::identity).collect(Collectors.toSet());
        List<Finding> gone = previous.stream().filter(f -> !now.contains(f.identity())).toList();
        Map<UUID, String> names = new HashMap<>();
        for (Decision d : vetting.decisions()) {
            for (UUID who : new UUID[] {d.proposedBy(), d.reviewedBy(), d.reopenedBy()}) {
                if (who != null) {
                    names.computeIfAbsent(who, this::name);
                }
            }
        }
        if (vetting.latestRun() != null) {
            names.computeIfAbsent(vetting.latestRun().by(), this::name);
        }
        Map<UUID, EvidenceItem> items = withEvidence ? evidenceOf(ticket) : Map.of();
        return VettingFile.of(ticket, vetting, known, changed, gone, names, items, currentStaff.has(Role.VETTING_ANALYST));
    }

    /**
     * Whether an analyst other than {@code me} is assigned to the case: only he sees a proposal waiting there (on his
     * start page and the case's vetting), so without one the proposal waits unseen.
     */
    boolean anotherAnalystAssigned(CaseRef ticket, UUID me) {
        return ticket.assignedStaff().stream().filter(id -> !id.equals(me)).map(staff::find).flatMap(java.util.Optional::stream)
                .anyMatch(m -> m.has(Role.VETTING_ANALYST) && !m.disabled());
    }

    private String name(UUID staffId) {
        return staff.find(staffId).map(StaffMember::displayName).orElse("?");
    }

    private Map<UUID, EvidenceItem> evidenceOf(CaseRef ticket) {
        EvidenceLocker locker = evidence.getIfAvailable();
        if (locker == null) {
            return Map.of();
        }
        Map<UUID, EvidenceItem> items = new LinkedHashMap<>();
        locker.ofCase(ticket).forEach(i -> items.put(i.id(), i));
        return items;
    }
}
