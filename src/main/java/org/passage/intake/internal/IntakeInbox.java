package org.passage.intake.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.cases.CaseSummary;
import org.passage.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Staff read what people sent through the intake: the list of recent submissions (cases they may see) and one
 * submission opened. The case policy decides; opening a submission is audited like reading the case.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER')")
class IntakeInbox {

    private static final int LIST_LIMIT = 200;
    private final Submissions submissions;
    private final Cases cases;
    private final CurrentStaff staff;
    private final HeldSubmissions held;

    IntakeInbox(Submissions submissions, Cases cases, CurrentStaff staff, HeldSubmissions held) {
        this.held = held;
        this.submissions = submissions;
        this.cases = cases;
        this.staff = staff;
    }

    public record Line(CaseSummary summary, java.time.Instant submittedAt) {
    }

    @GetMapping("/intake-inbox")
    @Transactional
    public String list(Model model) {
        Map<CaseId, Submissions.Listed> listed = submissions.newestIn(staff.organizationId(), LIST_LIMIT).stream()
                .collect(Collectors.toMap(Submissions.Listed::caseId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        List<Line> lines = cases.readable(listed.keySet(), "intake.inbox").stream().map(cases::summary)
                .map(summary -> new Line(summary, listed.get(summary.id()).submittedAt())).toList();
        model.addAttribute("lines", lines);
        // a caseworker's empty inbox said "Nothing has come in yet" while submissions waited for a coordinator to assign
        // them: whether anything came, never what nor how much
        model.addAttribute("noneForYou", lines.isEmpty() && !listed.isEmpty());
        // how many wait in triage, for the coordinators who decide them: the inbox said "Nothing has come in yet" while
        // a message waited there (a count, nothing the person wrote)
        model.addAttribute("heldWaiting", staff.has(org.passage.organizations.Role.COORDINATOR) ? held.countWaiting(staff.organizationId()) : 0);
        return "intake/inbox";
    }

    @GetMapping("/intake-inbox/{caseId}")
    @Transactional
    public String show(@PathVariable String caseId, Model model) {
        CaseId id;
        try {
            id = new CaseId(UUID.fromString(caseId));
        } catch (IllegalArgumentException e) {
            throw new NoSuchCase();
        }
        CaseRef ticket = cases.read(id, "intake.read");
        var opened = submissions.open(id).orElseThrow(NoSuchCase::new);
        model.addAttribute("summary", cases.summary(ticket));
        model.addAttribute("submission", opened);
        return "intake/submission";
    }
}
