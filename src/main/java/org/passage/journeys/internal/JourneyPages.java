package org.passage.journeys.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import org.passage.cases.CaseId;
import org.passage.cases.Stage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The journey page of a case (full timeline, the forms to move the stage and record a place) and the two
 * forms' targets. A refused form comes back with 400 and the message beside its field; nothing is stored.
 */
@Controller
class JourneyPages {

    private final JourneyDesk desk;
    private final MessageSource messages;

    JourneyPages(JourneyDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/journey")
    String show(@PathVariable String id, Model model) {
        Journey journey = desk.read(parse(id));
        return page(journey, StageChangeForm.empty(), LocationForm.empty(), model);
    }

    @PostMapping("/cases/{id}/stage")
    @Confirms("saved.journeys.stage")
    String changeStage(@PathVariable String id, @RequestParam(required = false) String stage,
                       @RequestParam(required = false) String effective, @RequestParam(required = false) String reason,
                       @RequestParam(defaultValue = "false") boolean correction, Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        var form = new StageChangeForm(stage, effective, reason, correction);
        try {
            desk.changeStage(caseId, form);
            return "redirect:/cases/" + caseId;
        } catch (InvalidJourneyInput e) {
            refused(e, "stage", model, response);
            return page(desk.read(caseId), form, LocationForm.empty(), model);
        }
    }

    @PostMapping("/cases/{id}/locations")
    @Confirms("saved.journeys.location")
    String recordLocation(@PathVariable String id, @RequestParam(required = false) String country,
                          @RequestParam(required = false) String city, @RequestParam(required = false) String since,
                          Model model, HttpServletResponse response) {
        CaseId caseId = parse(id);
        var form = new LocationForm(country, city, since);
        try {
            desk.recordLocation(caseId, form);
            return "redirect:/cases/" + caseId;
        } catch (InvalidJourneyInput e) {
            refused(e, "location", model, response);
            return page(desk.read(caseId), StageChangeForm.empty(), form, model);
        }
    }

    private void refused(InvalidJourneyInput e, String formName, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errorForm", formName);
        model.addAttribute("errorField", e.field());
        model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(),
                LocaleContextHolder.getLocale()));
    }

    private static String page(Journey journey, StageChangeForm stageForm, LocationForm locationForm, Model model) {
        model.addAttribute("journey", journey);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("stageForm", stageForm);
        model.addAttribute("locationForm", locationForm);
        return "journeys/journey";
    }

    /** A malformed id is answered like an unknown case. */
    static CaseId parse(String id) {
        try {
            return CaseId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
