package org.passage.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.web.HomeSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The member's overdue tasks on his home page: open tasks past their day on the cases he works on. */
@Component
class CaseTaskAttention implements HomeSection {

    private static final int SHOWN = 5;

    private final CaseDoor door;
    private final CaseTasks tasks;
    private final Readers readers;
    private final Clock clock;
    private final org.passage.security.CurrentStaff staff;

    CaseTaskAttention(CaseDoor door, CaseTasks tasks, Readers readers, Clock clock, org.passage.security.CurrentStaff staff) {
        this.staff = staff;
        this.door = door;
        this.tasks = tasks;
        this.readers = readers;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    @Transactional
    public Optional<Attention> attention() {
        if (staff.find().map(p -> p.organizationId() == null).orElse(true)) {
            return Optional.empty();
        }
        Reader reader = readers.current();
        if (!CaseAccessPolicy.worksOnCases(reader)) {
            return Optional.empty();
        }
        UUID me = reader.staffId();
        Map<CaseId, CaseRef> mine = door.visible("case.tasks.home").stream().filter(t -> t.assignedStaff().contains(me))
                .collect(Collectors.toMap(CaseRef::id, Function.identity()));
        List<CaseTasks.Overdue> overdue = tasks.overdue(reader.organizationId(), mine.keySet(), LocalDate.now(clock));
        List<Line> lines = overdue.stream().limit(SHOWN).map(o -> new Line(mine.get(o.caseId()).code(),
                o.task().title() + " · " + o.task().dueOn(), "/cases/" + o.caseId() + "/tasks", o.task().kind().messageKey(), false)).toList();
        return Optional.of(new Attention("tasks", "home.tasks.title", "/cases", false, overdue.size(), lines));
    }
}
