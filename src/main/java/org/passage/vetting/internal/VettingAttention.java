package org.passage.vetting.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.passage.web.HomeSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vetting decisions proposed by another analyst and waiting for a second one, on the home page of analysts who may
 * see the case (the two-person rule: one's own proposal is not his to confirm).
 */
@Component
class VettingAttention implements HomeSection {

    private static final int SHOWN = 5;

    private final Decisions decisions;
    private final Cases cases;
    private final CurrentStaff staff;

    VettingAttention(Decisions decisions, Cases cases, CurrentStaff staff) {
        this.decisions = decisions;
        this.cases = cases;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Attention> attention() {
        if (!staff.has(Role.VETTING_ANALYST)) {
            return Optional.empty();
        }
        var me = staff.staffId();
        List<Decisions.Awaiting> awaiting = decisions.awaitingReview(staff.organizationId()).stream()
                .filter(a -> !a.proposedBy().equals(me)).toList();
        Map<CaseId, CaseRef> seen = awaiting.isEmpty() ? Map.of() : cases.visible("vetting.home").stream()
                .collect(Collectors.toMap(CaseRef::id, Function.identity()));
        List<CaseRef> mine = awaiting.stream().map(a -> seen.get(a.caseId())).filter(java.util.Objects::nonNull).distinct().toList();
        List<Line> lines = mine.stream().limit(SHOWN).map(t -> new Line(t.code(), "", "/cases/" + t.id() + "/vetting",
                "vetting.state.PROPOSED", false)).toList();
        return Optional.of(new Attention("vetting", "home.vetting.title", "/cases", false, mine.size(), lines));
    }
}
