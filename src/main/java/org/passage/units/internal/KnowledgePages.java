package org.passage.units.internal;

import org.passage.web.Confirms;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The analysts' forms that keep the knowledge base: add or correct an incident, put a unit under a formation,
 * merge two records of one unit, review a list match, set when a unit existed. Everyone who works on vetting reads
 * the incident page; vetting analysts and coordinators change (audited). A refused form comes back with the field
 * named and nothing stored.
 */
@Controller
@PreAuthorize(UnitPages.READERS)
class KnowledgePages {

    private final KnowledgeEditing editing;
    private final KnowledgeViews views;
    private final UnitPages unitPages;

    private final org.springframework.context.MessageSource messages;

    KnowledgePages(KnowledgeEditing editing, KnowledgeViews views, UnitPages unitPages, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.editing = editing;
        this.views = views;
        this.unitPages = unitPages;
    }

    @GetMapping("/units/incidents/new")
    @PreAuthorize(UnitPages.EDITORS)
    String newIncident(Model model) {
        model.addAttribute("incident", null);
        return "units/incident";
    }

    @Confirms("saved.units.incident")
    @PostMapping("/units/incidents")
    @PreAuthorize(UnitPages.EDITORS)
    String addIncident(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String place,
                       @RequestParam(defaultValue = "") String latitude, @RequestParam(defaultValue = "") String longitude,
                       @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                       @RequestParam(defaultValue = "") String published, @RequestParam(defaultValue = "") String summary,
                       @RequestParam(defaultValue = "") String documentation, @RequestParam(defaultValue = "") String sources,
                       @RequestParam(defaultValue = "false") boolean civilianHarm, Model model, HttpServletResponse response) {
        try {
            UUID id = editing.addIncident(IncidentForm.of(title, place, latitude, longitude, from, to, published, summary, documentation, sources,
                    civilianHarm));
            return "redirect:/units/incidents/" + id;
        } catch (InvalidUnitInput e) {
            refused(model, response, e);
            model.addAttribute("incident", null);
            // the form shows what he typed; opened by a link, the form is empty (a crafted address filled it in)
            model.addAttribute("typed", true);
            return "units/incident";
        }
    }

    @GetMapping("/units/incidents/{id}")
    String incident(@PathVariable String id, Model model) {
        var page = views.incident(uuid(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("incident", page);
        model.addAttribute("shownIncident", page.shown());
        return "units/incident";
    }

    @Confirms("saved.units.incidentCorrected")
    @PostMapping("/units/incidents/{id}")
    @PreAuthorize(UnitPages.EDITORS)
    String correctIncident(@PathVariable String id, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String place,
                           @RequestParam(defaultValue = "") String latitude, @RequestParam(defaultValue = "") String longitude,
                           @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                           @RequestParam(defaultValue = "") String published, @RequestParam(defaultValue = "") String summary,
                           @RequestParam(defaultValue = "") String documentation, @RequestParam(defaultValue = "") String sources,
                           @RequestParam(defaultValue = "false") boolean civilianHarm, @RequestParam(defaultValue = "") String reason,
                           @RequestParam(required = false) @Nullable String shownIncident, Model model, HttpServletResponse response) {
        UUID incidentId = uuid(id);
        var page = views.incident(incidentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            // a correction saved from another tab since this form was shown is not overwritten with what it showed
            if (shownIncident != null && !shownIncident.equals(page.shown())) {
                throw new InvalidUnitInput("incident", "units.error.incident.changedMeanwhile");
            }
            editing.correctIncident(incidentId, IncidentForm.of(title, place, latitude, longitude, from, to, published, summary, documentation,
                    sources, civilianHarm), reason);
            return "redirect:/units/incidents/" + incidentId;
        } catch (InvalidUnitInput e) {
            refused(model, response, e);
            model.addAttribute("incident", page);
            model.addAttribute("typed", true); // the form shows what he typed, not the stored incident
            model.addAttribute("shownIncident", shownIncident == null ? page.shown() : shownIncident);
            return "units/incident";
        }
    }

    @Confirms("saved.units.formation")
    @PostMapping("/units/{id}/formations")
    @PreAuthorize(UnitPages.EDITORS)
    String addFormation(@PathVariable String id, @RequestParam(defaultValue = "") String parent, @RequestParam(defaultValue = "") String from,
                        @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String source, Model model,
                        HttpServletResponse response) {
        UUID unitId = uuid(id);
        return unitPages.change(unitId, model, response, () -> editing.addSubordination(unitId, reference("parent", parent),
                IncidentForm.date("from", from, false), IncidentForm.date("to", to, false), source));
    }

    @Confirms("saved.units.merged")
    @PostMapping("/units/{id}/merge")
    @PreAuthorize(UnitPages.EDITORS)
    String merge(@PathVariable String id, @RequestParam(defaultValue = "") String other, @RequestParam(defaultValue = "") String reason,
                 Model model, HttpServletResponse response) {
        UUID unitId = uuid(id);
        return unitPages.change(unitId, model, response, () -> editing.merge(reference("other", other), unitId, reason));
    }

    @Confirms("saved.units.sanctionReview")
    @PostMapping("/units/{id}/sanctions/review")
    @PreAuthorize(UnitPages.EDITORS)
    String reviewSanction(@PathVariable String id, @RequestParam(defaultValue = "") String list, @RequestParam(defaultValue = "") String entity,
                          @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String reason, Model model,
                          HttpServletResponse response) {
        UUID unitId = uuid(id);
        return unitPages.change(unitId, model, response, () -> {
            if (!decision.equals("confirm") && !decision.equals("reject")) {
                throw new InvalidUnitInput("decision", "units.error.decision");
            }
            editing.reviewSanction(unitId, list, entity, decision.equals("confirm"), reason);
        });
    }

    @Confirms("saved.units.existence")
    @PostMapping("/units/{id}/existence")
    @PreAuthorize(UnitPages.EDITORS)
    String existence(@PathVariable String id, @RequestParam(defaultValue = "") String existsFrom, @RequestParam(defaultValue = "") String existsTo,
                     @RequestParam(defaultValue = "") String source, @RequestParam(required = false) @Nullable String shownExistence,
                     Model model, HttpServletResponse response) {
        UUID unitId = uuid(id);
        String view = unitPages.change(unitId, model, response, () -> {
            // dates saved from another tab since this form was shown are not put back to what the form showed
            if (shownExistence != null && unitPages.existenceChangedSince(unitId, shownExistence)) {
                throw new InvalidUnitInput("existsFrom", "units.error.existence.changedMeanwhile");
            }
            editing.setExistence(unitId, IncidentForm.date("existsFrom", existsFrom, false), IncidentForm.date("existsTo", existsTo, false), source);
        });
        if (response.getStatus() == HttpStatus.BAD_REQUEST.value()) {
            model.addAttribute("existenceTyped", new ExistenceTyped(existsFrom, existsTo, source)); // the refused form keeps what he typed
        }
        return view;
    }

    /** What the existence form shows again when it was refused. */
    record ExistenceTyped(String existsFrom, String existsTo, String source) {
    }

    /** A unit given by its id (as the unit page links show it). */
    private static UUID reference(String field, String text) {
        try {
            return UUID.fromString(text.strip().replaceFirst("^.*/units/", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidUnitInput(field, "units.error.unitReference");
        }
    }

    private void refused(Model model, HttpServletResponse response, InvalidUnitInput e) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errorField", e.field());
        model.addAttribute("errorFieldLabel", UnitPages.fieldLabel(messages, e.field()));
        // a message key where there is one (units.error.day), else the English text as written
        model.addAttribute("errorMessage", messages.getMessage(e.getMessage(), e.args(), e.getMessage(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
