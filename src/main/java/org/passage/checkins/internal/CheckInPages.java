package org.passage.checkins.internal;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.cases.Cases;
import org.passage.cases.NoSuchCase;
import org.passage.cases.Stage;
import org.passage.web.Confirms;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Staff pages: the check-in board, and a case's check-in settings (schedule, duress phrase, one-time links). */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CASEWORKER','LAWYER','VETTING_ANALYST')")
class CheckInPages {

    private final Board board;
    private final ScheduleDesk desk;
    private final CheckInSettings settings;
    private final Cases cases;
    private final org.passage.organizations.StaffDirectory staff;

    CheckInPages(Board board, ScheduleDesk desk, CheckInSettings settings, Cases cases, org.passage.organizations.StaffDirectory staff) {
        this.staff = staff;
        this.cases = cases;
        this.board = board;
        this.desk = desk;
        this.settings = settings;
    }

    @GetMapping("/checkins")
    String board(Model model) {
        model.addAttribute("rows", board.rows());
        return "checkins/board";
    }

    /** Staff look a case up by the code they use on the phone; a code they may not see reads like an unknown one. */
    @GetMapping("/checkins/find")
    String find(@RequestParam(defaultValue = "") String code) {
        String normalized = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!normalized.matches("[2-9A-Z]{4}-[2-9A-Z]{4}")) {
            throw new NoSuchCase();
        }
        return "redirect:/checkins/cases/" + cases.readByCode(normalized, "checkin.schedule.find").id();
    }

    @PostMapping("/checkins/alerts/{id}/acknowledge")
    @Confirms("saved.checkins.acknowledged")
    String acknowledge(@PathVariable String id, @RequestParam(defaultValue = "") String whatWasDone, Model model,
                       jakarta.servlet.http.HttpServletResponse response) {
        UUID alert = parseUuid(id);
        try {
            desk.acknowledge(alert, whatWasDone);
        } catch (WhatWasDone.Refused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("rows", board.rows());
            model.addAttribute("errorAlert", alert);
            model.addAttribute("errorKey", e.getMessage());
            model.addAttribute("typed", whatWasDone);
            return "checkins/board";
        }
        return "redirect:/checkins";
    }

    @GetMapping("/checkins/cases/{id}")
    String settings(@PathVariable String id, Model model) {
        return show(caseId(id), model, null, null, null);
    }

    @PostMapping("/checkins/cases/{id}/schedule")
    @Confirms("saved.checkins.schedule")
    String saveSchedule(@PathVariable String id, @RequestParam(defaultValue = "") String hours,
                        @RequestParam(required = false) @Nullable List<String> stages,
                        @RequestParam(defaultValue = "false") boolean paused,
                        @RequestParam(required = false) @Nullable String shownSchedule, Model model) {
        CaseId caseId = caseId(id);
        // a refused form shows what was typed on it, not the stored schedule again
        model.addAttribute("scheduleTyped", new ScheduleTyped(hours, stages == null ? List.of() : stages, paused));
        // a schedule saved from another tab since this form was shown is not put back to what the form showed
        if (shownSchedule != null && !shownSchedule.equals(shown(desk.view(caseId).schedule()))) {
            return invalid(caseId, model, "schedule", "checkins.error.schedule.changedMeanwhile");
        }
        Set<Stage> chosen = EnumSet.noneOf(Stage.class);
        try {
            for (String stage : stages == null ? List.<String>of() : stages) {
                chosen.add(Stage.valueOf(stage));
            }
        } catch (IllegalArgumentException e) {
            return invalid(caseId, model, "stages", "checkins.error.stages");
        }
        int h;
        try {
            h = Integer.parseInt(hours.strip());
        } catch (NumberFormatException e) {
            return invalid(caseId, model, "hours", "checkins.error.hours");
        }
        if (h < Schedule.MIN_INTERVAL.toHours() || h > Schedule.MAX_INTERVAL.toHours()) {
            return invalid(caseId, model, "hours", "checkins.error.hours");
        }
        desk.save(caseId, Duration.ofHours(h), chosen, paused);
        return "redirect:/checkins/cases/" + caseId;
    }

    @PostMapping("/checkins/cases/{id}/duress")
    @Confirms("saved.checkins.duress")
    String agreeDuress(@PathVariable String id, @RequestParam(defaultValue = "") String phrase, Model model) {
        CaseId caseId = caseId(id);
        String normalized = DuressPhrase.normalize(phrase);
        if (normalized.length() < 4 || phrase.length() > DuressPhrase.MAX_LENGTH || normalized.chars().anyMatch(Character::isISOControl)) {
            return invalid(caseId, model, "phrase", "checkins.error.phrase");
        }
        desk.agreeDuressPhrase(caseId, phrase);
        return "redirect:/checkins/cases/" + caseId;
    }

    @PostMapping("/checkins/cases/{id}/links")
    @Confirms("saved.checkins.link")
    String newLink(@PathVariable String id, Model model) {
        CaseId caseId = caseId(id);
        String token = desk.newLink(caseId);
        // the configured address, never the request's Host header, which the client chooses
        String link = (settings.publicBaseUrl() != null ? settings.publicBaseUrl() : "") + "/checkin/" + token;
        return show(caseId, model, link, null, null);
    }

    @ExceptionHandler(ScheduleDesk.NoSchedule.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String noSchedule() {
        return "error/400";
    }

    /** A refused form: the page again with the field's message, answered 400 like every refused form. */
    private String invalid(CaseId caseId, Model model, String field, String messageKey) {
        show(caseId, model, null, field, messageKey);
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes && attributes.getResponse() != null) {
            attributes.getResponse().setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "checkins/settings";
    }

    /** What the schedule form showed ({@link org.passage.web.ShownDigest}): the interval, the stages and the pause. */
    static String shown(java.util.Optional<Schedule> schedule) {
        return schedule.map(s -> org.passage.web.ShownDigest.of(String.valueOf(s.interval().toHours()),
                new java.util.TreeSet<>(s.stages()).toString(), String.valueOf(s.paused()))).orElse(org.passage.web.ShownDigest.of());
    }

    /** What the schedule form shows again when it was refused. */
    record ScheduleTyped(String hours, List<String> stages, boolean paused) {
    }

    private String show(CaseId caseId, Model model, @Nullable String newLink, @Nullable String errorField, @Nullable String errorKey) {
        var view = desk.view(caseId);
        model.addAttribute("view", view);
        model.addAttribute("shownSchedule", shown(view.schedule()));
        model.addAttribute("staffNames", staff.inOrganization(view.summary().organizationId()).stream().collect(
                java.util.stream.Collectors.toMap(org.passage.organizations.StaffMember::id,
                        org.passage.organizations.StaffMember::displayName, (a, b) -> a)));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("defaultHours", settings.defaultInterval().toHours());
        model.addAttribute("newLink", newLink);
        model.addAttribute("linkHours", settings.linkValidity().toHours());
        model.addAttribute("errorField", errorField);
        model.addAttribute("errorKey", errorKey);
        return "checkins/settings";
    }

    private static CaseId caseId(String id) {
        return new CaseId(parseUuid(id));
    }

    private static UUID parseUuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchCase();
        }
    }
}
