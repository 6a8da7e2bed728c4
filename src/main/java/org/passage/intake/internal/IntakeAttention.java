package org.passage.intake.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.cases.Stage;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.passage.web.HomeSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** New intake on the home page of coordinators and caseworkers: submissions whose case is still at first contact. */
@Component
class IntakeAttention implements HomeSection {

    private static final int LOOKED_AT = 200;
    private static final int SHOWN = 5;

    private final Submissions submissions;
    private final Cases cases;
    private final CurrentStaff staff;

    IntakeAttention(Submissions submissions, Cases cases, CurrentStaff staff) {
        this.submissions = submissions;
        this.cases = cases;
        this.staff = staff;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Attention> attention() {
        if (!staff.has(Role.COORDINATOR) && !staff.has(Role.CASEWORKER)) {
            return Optional.empty();
        }
        Map<CaseId, Submissions.Listed> listed = submissions.newestIn(staff.organizationId(), LOOKED_AT).stream()
                .collect(Collectors.toMap(Submissions.Listed::caseId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        var fresh = cases.readable(listed.keySet(), "intake.home").stream().filter(t -> t.stage() == Stage.FIRST_CONTACT).toList();
        List<Line> lines = fresh.stream().limit(SHOWN).map(cases::summary)
                .map(s -> new Line(s.code(), s.displayName(), "/intake-inbox/" + s.id(), null, false)).toList();
        return Optional.of(new Attention("intake", "home.intake.title", "/intake-inbox", false, fresh.size(), lines));
    }
}
