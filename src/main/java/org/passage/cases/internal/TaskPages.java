package org.passage.cases.internal;

import org.passage.cases.NoSuchCase;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.passage.cases.Cases;
import org.passage.cases.CaseId;
import org.passage.cases.CaseRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Tasks of a case: the list with what is overdue, adding one, marking one done. Need to know via {@link Cases}. */
@Controller
class TaskPages {

    private final Cases cases;
    private final CaseTasks tasks;
    private final Readers readers;
    private final MessageSource messages;
    private final Clock clock;

    TaskPages(Cases cases, CaseTasks tasks, Readers readers, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.tasks = tasks;
        this.readers = readers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases/{id}/tasks")
    @Transactional
    String show(@PathVariable String id, Model model) {
        return page(cases.read(CasePages.parse(id), "case.tasks.read"), "", "", "", model);
    }

    @PostMapping("/cases/{id}/tasks")
    @Transactional
    String add(@PathVariable String id, @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String title,
               @RequestParam(defaultValue = "") String dueOn, Model model, HttpServletResponse response) {
        CaseRef ref = cases.change(CasePages.parse(id), "case.task");
        try {
            var task = new CaseTask(UUID.randomUUID(), kind(kind), title, due(dueOn), null, clock.instant());
            tasks.add(ref.organizationId(), ref.id(), task, readers.current().staffId());
            cases.note(ref, "task " + task.id() + " added");
            return "redirect:/cases/" + ref.id() + "/tasks";
        } catch (InvalidCaseInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", messages.getMessage(e.getMessage(), e.arguments(), e.getMessage(),
                    LocaleContextHolder.getLocale()));
            return page(ref, kind, title, dueOn, model);
        }
    }

    @PostMapping("/cases/{id}/tasks/{task}/done")
    @Transactional
    String done(@PathVariable String id, @PathVariable UUID task) {
        CaseRef ref = cases.change(CasePages.parse(id), "case.task");
        if (!tasks.markDone(ref.organizationId(), ref.id(), task, clock.instant(), readers.current().staffId())) {
            throw new NoSuchCase();
        }
        cases.note(ref, "task " + task + " done");
        return "redirect:/cases/" + ref.id() + "/tasks";
    }

    private String page(CaseRef ref, String kind, String title, String dueOn, Model model) {
        model.addAttribute("ref", ref);
        model.addAttribute("tasks", tasks.of(ref.organizationId(), ref.id()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("kinds", CaseTask.Kind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("taskTitle", title);
        model.addAttribute("dueOn", dueOn);
        return "cases/tasks";
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
            LocalDate due = LocalDate.parse(text.strip());
            if (due.isBefore(LocalDate.now(clock).minusYears(1)) || due.isAfter(LocalDate.now(clock).plusYears(2))) {
                throw new InvalidCaseInput("dueOn", "cases.tasks.error.due");
            }
            return due;
        } catch (DateTimeParseException e) {
            throw new InvalidCaseInput("dueOn", "cases.tasks.error.due");
        }
    }
}
