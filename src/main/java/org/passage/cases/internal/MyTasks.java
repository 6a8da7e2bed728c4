package org.passage.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member's open tasks across the cases he may see: those given to him, and those given to nobody on the cases
 * he works on; what is overdue first. One audit row for the list of cases (nothing personal in it).
 */
@Service
class MyTasks {

    /** One open task with the code of its case. */
    record Line(CaseId caseId, String code, CaseTask task, boolean overdue) {
        @Override
        public String toString() {
            return "Line[" + code + ", " + task + "]";
        }
    }

    private final CaseDoor door;
    private final CaseTasks tasks;
    private final Readers readers;
    private final Clock clock;
    private final AuditTrail audit;

    MyTasks(CaseDoor door, CaseTasks tasks, Readers readers, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.door = door;
        this.tasks = tasks;
        this.readers = readers;
        this.clock = clock;
    }

    @Transactional
    List<Line> of(String purpose) {
        Reader reader = readers.current();
        if (!CaseAccessPolicy.worksOnCases(reader)) {
            return List.of();
        }
        return lines(reader, purpose);
    }

    /** The page "My tasks": refused (and audited) for a role that sees no case data, like the case list. */
    @Transactional
    List<Line> page(String purpose) {
        Reader reader = readers.current();
        if (!CaseAccessPolicy.worksOnCases(reader)) {
            audit.record(AuditEvent.of(purpose, "case", null, reader.organizationId()).denied("role sees no case data"));
            throw new AccessDeniedException("this role sees no case data");
        }
        return lines(reader, purpose);
    }

    private List<Line> lines(Reader reader, String purpose) {
        UUID me = reader.staffId();
        Map<CaseId, CaseRef> visible = door.visible(purpose).stream().collect(Collectors.toMap(CaseRef::id, Function.identity()));
        List<CaseId> his = visible.values().stream().filter(t -> t.assignedStaff().contains(me)).map(CaseRef::id).toList();
        LocalDate today = LocalDate.now(clock);
        return tasks.mine(reader.organizationId(), me, visible.keySet(), his).stream()
                .map(o -> new Line(o.caseId(), visible.get(o.caseId()).code(), o.task(), o.task().overdueOn(today))).toList();
    }
}
