package org.passage.cases.internal;

import java.util.List;
import java.util.Optional;
import org.passage.security.CurrentStaff;
import org.passage.web.HomeSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "My tasks" on the staff member's home page: his open tasks across his cases, overdue first (marked), linking to the whole list. */
@Component
class CaseTaskAttention implements HomeSection {

    private static final int SHOWN = 5;

    private final MyTasks mine;
    private final CurrentStaff staff;
    private final Readers readers;

    CaseTaskAttention(MyTasks mine, CurrentStaff staff, Readers readers) {
        this.mine = mine;
        this.staff = staff;
        this.readers = readers;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Attention> attention() {
        if (staff.find().map(p -> p.organizationId() == null).orElse(true)) {
            return Optional.empty();
        }
        if (!CaseAccessPolicy.worksOnCases(readers.current())) {
            return Optional.empty();
        }
        List<MyTasks.Line> open = mine.of("case.tasks.home");
        List<Line> lines = open.stream().limit(SHOWN).map(o -> new Line(o.code(),
                o.task().title() + " · " + o.task().dueOn(), "/cases/" + o.caseId() + "/tasks",
                o.overdue() ? "cases.tasks.overdue" : o.task().kind().messageKey(), false)).toList();
        return Optional.of(new Attention("tasks", "home.mytasks.title", "/tasks", false, open.size(), lines));
    }
}
