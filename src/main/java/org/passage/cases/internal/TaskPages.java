package org.passage.cases.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseRef;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.organizations.Role;
import org.passage.organizations.StaffDirectory;
import org.passage.organizations.StaffMember;
import org.passage.web.Confirms;
import org.passage.days.TypedDay;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Tasks of a case: the list with what is overdue, adding one (with who is to do it), changing one (its earlier values
 * kept in its history, sealed), marking one done. Need to know via {@link Cases}.
 */
@Controller
class TaskPages {

    private final Cases cases;
    private final CaseTasks tasks;
    private final CaseRevisions revisions;
    private final Readers readers;
    private final StaffDirectory staff;
    private final MessageSource messages;
    private final Clock clock;

    TaskPages(Cases cases, CaseTasks tasks, CaseRevisions revisions, Readers readers, StaffDirectory staff, MessageSource messages,
              Clock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.revisions = revisions;
        this.readers = readers;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    /** The task form as typed. */
    record TaskForm(String kind, String title, String dueOn, String assignee) {
        static TaskForm empty() {
            return new TaskForm("", "", "", "");
        }
    }

    @GetMapping("/cases/{id}/tasks")
    @Transactional
    String show(@PathVariable String id, Model model) {
        return page(cases.read(CasePages.parse(id), "case.tasks.read"), TaskForm.empty(), null, model);
    }

    @PostMapping("/cases/{id}/tasks")
    @Confirms("saved.task.added")
    @Transactional
    String add(@PathVariable String id, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String title,
               @RequestParam(defaultValue = "") String dueOn, @RequestParam(defaultValue = "") String assignee, Model model,
               HttpServletResponse response) {
        CaseRef ref = cases.change(CasePages.parse(id), "case.task");
        var form = new TaskForm(kind, title, dueOn, assignee);
        try {
            var task = new CaseTask(UUID.randomUUID(), kind(kind), title, due(dueOn), null, clock.instant(), assignee(ref, assignee));
            tasks.add(ref.organizationId(), ref.id(), task, readers.current().staffId());
            cases.note(ref, "task " + task.id() + " added" + (task.assignee() == null ? "" : " for staff " + task.assignee()));
            return "redirect:/cases/" + ref.id() + "/tasks";
        } catch (InvalidCaseInput e) {
            refused(e, response, model);
            return page(ref, form, null, model);
        }
    }

    @PostMapping("/cases/{id}/tasks/{task}")
    @Confirms("saved.task.changed")
    @Transactional
    String change(@PathVariable String id, @PathVariable UUID task, @RequestParam(defaultValue = "") String kind,
                  @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String dueOn,
                  @RequestParam(defaultValue = "") String assignee, @RequestParam(required = false) @Nullable String shownKind,
                  @RequestParam(defaultValue = "") String shownTitle, @RequestParam(defaultValue = "") String shownDueOn,
                  @RequestParam(defaultValue = "") String shownAssignee, Model model, HttpServletResponse response) {
        CaseRef ref = cases.change(CasePages.parse(id), "case.task.edit");
        CaseTask before = tasks.find(ref.organizationId(), ref.id(), task).orElseThrow(NoSuchCase::new);
        try {
            CaseTask typed = before.edited(kind(kind), title, due(dueOn), assignee(ref, assignee));
            CaseTask after = shownKind == null ? typed
                    : merged(ref, before, typed, Map.of("kind", shownKind, "title", shownTitle, "dueOn", shownDueOn, "assignee", shownAssignee));
            List<String> fields = revisions.record(ref.organizationId(), ref.id(), CaseRevisions.Subject.TASK, task,
                    fields(before), fields(after), clock.instant(), readers.current().staffId());
            if (!fields.isEmpty()) {
                tasks.change(ref.organizationId(), ref.id(), after);
            }
            cases.note(ref, "task " + task + (fields.isEmpty() ? " unchanged" : " changed " + String.join(", ", fields)));
            return "redirect:/cases/" + ref.id() + "/tasks";
        } catch (InvalidCaseInput e) {
            refused(e, response, model);
            var shown = shownKind == null ? null : new TaskForm(shownKind, shownTitle, shownDueOn, shownAssignee);
            return page(ref, TaskForm.empty(), new Editing(task, new TaskForm(kind, title, dueOn, assignee), shown), model);
        }
    }

    @PostMapping("/cases/{id}/tasks/{task}/done")
    @Confirms("saved.task.done")
    @Transactional
    String done(@PathVariable String id, @PathVariable UUID task) {
        CaseRef ref = cases.change(CasePages.parse(id), "case.task");
        if (!tasks.markDone(ref.organizationId(), ref.id(), task, clock.instant(), readers.current().staffId())) {
            throw new NoSuchCase();
        }
        cases.note(ref, "task " + task + " done");
        return "redirect:/cases/" + ref.id() + "/tasks";
    }

    /** A task whose edit form came back refused, with what was typed. */
    /** A task's edit form shown again: what he typed, and what the form first showed (null from a form without it). */
    record Editing(UUID task, TaskForm form, @Nullable TaskForm shown) {
    }

    /**
     * The task as saved from a form that showed {@code shown}: only the fields changed on it are written, so a second tab
     * opened before does not put back an older title, day or person; a field changed on it that someone saved since is
     * refused, naming what it reads now.
     */
    private CaseTask merged(CaseRef ref, CaseTask now, CaseTask typed, Map<String, String> shown) {
        Map<String, String> nowFields = fields(now);
        Map<String, String> typedFields = fields(typed);
        Map<String, String> out = new LinkedHashMap<>();
        for (var field : nowFields.entrySet()) {
            String was = shown.get(field.getKey()).strip();
            String typedValue = typedFields.get(field.getKey());
            if (typedValue.equals(was)) {
                out.put(field.getKey(), field.getValue());
            } else if (!field.getValue().equals(was) && !field.getValue().equals(typedValue)) {
                Map<UUID, String> names = staff.inOrganization(ref.organizationId()).stream()
                        .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
                throw new InvalidCaseInput(field.getKey(), "cases.applicant.error.changedMeanwhile",
                        shown(field.getKey(), field.getValue(), names));
            } else {
                out.put(field.getKey(), typedValue);
            }
        }
        return now.edited(CaseTask.Kind.valueOf(out.get("kind")), out.get("title"), LocalDate.parse(out.get("dueOn")),
                out.get("assignee").isEmpty() ? null : UUID.fromString(out.get("assignee")));
    }

    private String page(CaseRef ref, TaskForm form, @Nullable Editing editing, Model model) {
        model.addAttribute("ref", ref);
        model.addAttribute("tasks", tasks.of(ref.organizationId(), ref.id()));
        Map<UUID, String> names = staff.inOrganization(ref.organizationId()).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName, (a, b) -> a));
        model.addAttribute("history", revisions.of(ref.organizationId(), ref.id(), CaseRevisions.Subject.TASK).stream()
                .flatMap(r -> r.fields().stream().map(f -> new Change(r.subjectId(), r.at(), r.by() == null ? "—" : names.getOrDefault(r.by(), "—"),
                        f, shown(f, r.was(f), names), shown(f, r.became(f), names))))
                .collect(Collectors.groupingBy(Change::task)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("kinds", CaseTask.Kind.values());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("assignees", assignees(ref));
        model.addAttribute("staffNames", names);
        return "cases/tasks";
    }

    /** One changed field of a task as its history shows it: values in the reader's words (a kind's name, a person's name). */
    record Change(UUID task, java.time.Instant at, String by, String field, String before, String after) {
        @Override
        public String toString() {
            return "Change[" + task + " " + field + ", REDACTED]";
        }
    }

    private String shown(String field, String value, Map<UUID, String> names) {
        if (value.isEmpty()) {
            return "—";
        }
        return switch (field) {
            case "kind" -> messages.getMessage("cases.tasks.kind." + value, null, value, LocaleContextHolder.getLocale());
            case "assignee" -> {
                try {
                    yield names.getOrDefault(UUID.fromString(value), "—");
                } catch (IllegalArgumentException e) {
                    yield "—";
                }
            }
            default -> value;
        };
    }

    private void refused(InvalidCaseInput e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errorField", e.field());
        model.addAttribute("errorMessage", e.text(messages, LocaleContextHolder.getLocale()));
    }

    /** Who may be given a task of this case: those working on it, and the organization's coordinators (they see every case). */
    private Map<UUID, String> assignees(CaseRef ref) {
        Map<UUID, String> who = new LinkedHashMap<>();
        staff.inOrganization(ref.organizationId()).stream().filter(m -> !m.disabled())
                .filter(m -> ref.assignedStaff().contains(m.id()) || m.has(Role.COORDINATOR))
                .sorted(java.util.Comparator.comparing(StaffMember::displayName))
                .forEach(m -> who.put(m.id(), m.displayName()));
        return who;
    }

    private @Nullable UUID assignee(CaseRef ref, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text.strip());
            if (assignees(ref).containsKey(id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new InvalidCaseInput("assignee", "cases.tasks.error.assignee");
    }

    private static Map<String, String> fields(CaseTask t) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", t.kind().name());
        values.put("title", t.title());
        values.put("dueOn", t.dueOn().toString());
        values.put("assignee", t.assignee() == null ? "" : t.assignee().toString());
        return values;
    }

    private static CaseTask.Kind kind(String kind) {
        try {
            return CaseTask.Kind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseInput("kind", "cases.tasks.error.kind");
        }
    }

    private LocalDate due(String text) {
        try {
            LocalDate due = TypedDay.parse(text.strip());
            if (due.isBefore(LocalDate.now(clock).minusYears(1)) || due.isAfter(LocalDate.now(clock).plusYears(2))) {
                throw new InvalidCaseInput("dueOn", "cases.tasks.error.due");
            }
            return due;
        } catch (DateTimeParseException e) {
            throw new InvalidCaseInput("dueOn", "cases.tasks.error.due");
        }
    }
}
