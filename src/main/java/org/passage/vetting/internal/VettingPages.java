package org.passage.vetting.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.security.CurrentStaff;
import org.passage.vetting.DecisionView.Outcome;
import org.passage.days.TypedDay;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The vetting page of a case (periods, run, findings, decision, map) and its forms' targets. A refused form comes
 * back with 400 and the message beside its field (or the candidates to choose from); nothing is stored.
 */
@Controller
class VettingPages {

    private final VettingDesk desk;
    private final VettingFiles files;
    private final ServedMap map;
    private final CurrentStaff staff;
    private final MessageSource messages;
    private final FindingWords words;

    VettingPages(VettingDesk desk, VettingFiles files, ServedMap map, CurrentStaff staff, MessageSource messages, FindingWords words) {
        this.words = words;
        this.desk = desk;
        this.files = files;
        this.map = map;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/vetting")
    String show(@PathVariable String id, @RequestParam(required = false) String date, @RequestParam(required = false) String edit,
                Model model) {
        VettingFile file = files.read(parse(id));
        PeriodForm form = PeriodForm.empty();
        UUID editing = null;
        if (edit != null) {
            editing = uuid(edit);
            var period = file.periods().stream().filter(p -> p.id().equals(uuid(edit))).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            form = PeriodForm.of(period);
            model.addAttribute("shownPeriod", PeriodForm.shown(period));
        }
        return page(file, form, editing, day(date), model);
    }

    @GetMapping(value = "/cases/{id}/vetting/map.svg", produces = "image/svg+xml")
    ResponseEntity<String> mapSvg(@PathVariable String id, @RequestParam(required = false) String date) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(map.svg(parse(id), day(date)));
    }

    @PostMapping("/cases/{id}/vetting/periods")
    @Confirms("saved.vetting.period")
    String addPeriod(@PathVariable String id, PeriodForm form, Model model, HttpServletResponse response) {
        return savePeriod(parse(id), null, form, model, response);
    }

    @PostMapping("/cases/{id}/vetting/periods/{periodId}")
    @Confirms("saved.vetting.periodChanged")
    String editPeriod(@PathVariable String id, @PathVariable String periodId, PeriodForm form,
                      @RequestParam(required = false) @Nullable String shownPeriod, Model model, HttpServletResponse response) {
        model.addAttribute("shownPeriod", shownPeriod); // a form shown again is still measured against what he first saw
        return savePeriod(parse(id), uuid(periodId), form, shownPeriod, model, response);
    }

    private String savePeriod(CaseId caseId, @Nullable UUID periodId, PeriodForm form, Model model, HttpServletResponse response) {
        return savePeriod(caseId, periodId, form, null, model, response);
    }

    private String savePeriod(CaseId caseId, @Nullable UUID periodId, PeriodForm form, @Nullable String shown, Model model,
                              HttpServletResponse response) {
        try {
            desk.savePeriod(caseId, periodId, form, shown);
            return "redirect:/cases/" + caseId + "/vetting";
        } catch (ChoiceNeeded e) {
            refused(e.reason(), "period", model, response);
            model.addAttribute("choices", e.options());
            model.addAttribute("choiceField", e.reason().field());
            return page(files.read(caseId), form, periodId, null, model);
        } catch (InvalidVettingInput e) {
            refused(e, "period", model, response);
            return page(files.read(caseId), form, periodId, null, model);
        }
    }

    @PostMapping("/cases/{id}/vetting/periods/{periodId}/delete")
    @Confirms("saved.vetting.periodDeleted")
    String deletePeriod(@PathVariable String id, @PathVariable String periodId, Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        return attempt(caseId, "period", model, response, () -> desk.deletePeriod(caseId, uuid(periodId)));
    }

    @PostMapping("/cases/{id}/vetting/runs")
    @Confirms("saved.vetting.run")
    String run(@PathVariable String id, Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        return attempt(caseId, "run", model, response, () -> desk.run(caseId));
    }

    @PostMapping("/cases/{id}/vetting/findings")
    @Confirms("saved.vetting.finding")
    String addFinding(@PathVariable String id, @RequestParam(required = false) String severity,
                      @RequestParam(required = false) String title, @RequestParam(required = false) String explanation,
                      Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        return attempt(caseId, "finding", model, response, () -> desk.addFinding(caseId, severity, title, explanation));
    }

    @PostMapping("/cases/{id}/vetting/findings/{findingId}/evidence")
    @Confirms("saved.vetting.evidence")
    String attach(@PathVariable String id, @PathVariable String findingId, @RequestParam(required = false) String evidence,
                  Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        return attempt(caseId, "evidence", model, response, () -> {
            if (evidence == null || evidence.isBlank()) {
                throw new InvalidVettingInput("evidence", "vetting.error.evidence.unknown", "choose an evidence item of this case");
            }
            desk.attachEvidence(caseId, uuid(findingId), uuid(evidence));
        });
    }

    @PostMapping("/cases/{id}/vetting/decision")
    @Confirms("saved.vetting.proposed")
    String propose(@PathVariable String id, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) String rationale, @RequestParam(required = false) List<String> cited,
                   Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        List<UUID> findings = cited == null ? List.of() : cited.stream().map(VettingPages::uuid).toList();
        return attempt(caseId, "decision", model, response, () -> desk.propose(caseId, outcome, rationale, findings));
    }

    @PostMapping("/cases/{id}/vetting/decision/review")
    @Confirms("saved.vetting.reviewed")
    String review(@PathVariable String id, @RequestParam(required = false) String verdict,
                  @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        return attempt(caseId, "review", model, response, () -> desk.review(caseId, "confirm".equals(verdict), reason));
    }

    @PostMapping("/cases/{id}/vetting/decision/reopen")
    @Confirms("saved.vetting.reopened")
    String reopen(@PathVariable String id, @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        return attempt(caseId, "reopen", model, response, () -> desk.reopen(caseId, reason));
    }

    private String attempt(CaseId caseId, String formName, Model model, HttpServletResponse response, Runnable action) {
        try {
            action.run();
            return "redirect:/cases/" + caseId + "/vetting";
        } catch (InvalidVettingInput e) {
            refused(e, formName, model, response);
            return page(files.read(caseId), PeriodForm.empty(), null, null, model);
        }
    }

    private void refused(InvalidVettingInput e, String formName, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errorForm", formName);
        model.addAttribute("errorField", e.field());
        model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), LocaleContextHolder.getLocale()));
    }

    private String page(VettingFile file, PeriodForm form, @Nullable UUID editing, @Nullable LocalDate date, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("say", words.in(LocaleContextHolder.getLocale()));
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("me", staff.staffId());
        model.addAttribute("noSecondAnalyst", file.current().filter(d -> d.state() == Decision.State.PROPOSED && staff.staffId().equals(d.proposedBy()))
                .isPresent() && !files.anotherAnalystAssigned(file.ref(), staff.staffId()));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("mapDay", map.dayOf(file, date));
        model.addAttribute("mapSvg", map.draw(file, date, LocaleContextHolder.getLocale()));
        return "vetting/vetting";
    }

    private static @Nullable LocalDate day(@Nullable String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return TypedDay.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "date as YYYY-MM-DD");
        }
    }

    /** A malformed id is answered like an unknown one. */
    static CaseId parse(String id) {
        return new CaseId(uuid(id));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
