package org.passage.units.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.passage.units.UnitIncidentView.Confidence;
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
 * The analysts' pages of the unit knowledge base: search, a unit with its positions and linked incidents, and
 * the forms to add or edit a unit, add an alias or a sourced link, and confirm or reject an inferred link.
 * Everyone who works on vetting reads them; vetting analysts and coordinators change them (audited).
 */
@Controller
@PreAuthorize(UnitPages.READERS)
class UnitPages {

    static final String READERS = "hasAnyRole('COORDINATOR','CASEWORKER','VETTING_ANALYST','LAWYER')";
    static final String EDITORS = "hasAnyRole('COORDINATOR','VETTING_ANALYST')";
    private static final LocalDate EVER_FROM = LocalDate.of(1900, 1, 1);
    private static final LocalDate EVER_TO = LocalDate.of(2999, 12, 31);

    private final JdbcUnitDirectory directory;
    private final UnitEditing editing;
    private final UnitStatistics statistics;
    private final KnowledgeViews knowledge;

    private final org.springframework.context.MessageSource messages;

    UnitPages(JdbcUnitDirectory directory, UnitEditing editing, UnitStatistics statistics, KnowledgeViews knowledge,
              org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.directory = directory;
        this.editing = editing;
        this.statistics = statistics;
        this.knowledge = knowledge;
    }

    @GetMapping("/units")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        String query = q.length() > 300 ? q.substring(0, 300) : q;
        model.addAttribute("q", query);
        model.addAttribute("units", directory.search(query, 50));
        model.addAttribute("counts", statistics.counts());
        return "units/search";
    }

    @GetMapping("/units/new")
    @PreAuthorize(EDITORS)
    String newUnit(Model model) {
        model.addAttribute("form", new FormValues("", "", "", ""));
        return "units/new";
    }

    @PostMapping("/units")
    @Confirms("saved.units.created")
    @PreAuthorize(EDITORS)
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String number,
                  @RequestParam(defaultValue = "") String parent, @RequestParam(defaultValue = "") String note, Model model,
                  HttpServletResponse response) {
        try {
            UUID id = editing.addUnit(new UnitForm(name, number, parent, note));
            return "redirect:/units/" + id;
        } catch (InvalidUnitInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", new FormValues(name, number, parent, note));
            error(model, e);
            return "units/new";
        }
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable String id, Model model) {
        return page(uuid(id), model);
    }

    @PostMapping("/units/{id}")
    @Confirms("saved.units.changed")
    @PreAuthorize(EDITORS)
    String edit(@PathVariable String id, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String number,
                @RequestParam(defaultValue = "") String parent, @RequestParam(defaultValue = "") String note,
                @RequestParam(required = false) @org.jspecify.annotations.Nullable String shownUnit, Model model,
                HttpServletResponse response) {
        UUID unitId = uuid(id);
        String view = change(unitId, model, response, () -> {
            // a unit renamed from another tab since this form was shown is not put back to what the form showed
            if (shownUnit != null && directory.unit(unitId).map(u -> !shownUnit.equals(shown(u))).orElse(false)) {
                throw new InvalidUnitInput("unit", "units.error.unit.changedMeanwhile");
            }
            editing.editUnit(unitId, new UnitForm(name, number, parent, note));
        });
        if (response.getStatus() == HttpStatus.BAD_REQUEST.value()) {
            model.addAttribute("unitTyped", new FormValues(name, number, parent, note)); // the refused form keeps what he typed
        }
        return view;
    }

    @PostMapping("/units/{id}/aliases")
    @Confirms("saved.units.alias")
    @PreAuthorize(EDITORS)
    String addAlias(@PathVariable String id, @RequestParam(defaultValue = "") String alias, Model model, HttpServletResponse response) {
        UUID unitId = uuid(id);
        return change(unitId, model, response, () -> editing.addAlias(unitId, alias));
    }

    @PostMapping("/units/{id}/links")
    @Confirms("saved.units.link")
    @PreAuthorize(EDITORS)
    String addLink(@PathVariable String id, @RequestParam(defaultValue = "") String incident, @RequestParam(defaultValue = "") String confidence,
                   @RequestParam(defaultValue = "") String sourceUrl, @RequestParam(defaultValue = "") String note,
                   @RequestParam(defaultValue = "false") boolean coversFormation, Model model, HttpServletResponse response) {
        UUID unitId = uuid(id);
        return change(unitId, model, response, () -> {
            Confidence level;
            try {
                level = Confidence.valueOf(confidence);
            } catch (IllegalArgumentException e) {
                throw new InvalidUnitInput("confidence", "units.error.confidence");
            }
            UUID incidentId = editing.incidentByReference(incident)
                    .orElseThrow(() -> new InvalidUnitInput("incident", "units.error.reference"));
            editing.addLink(unitId, incidentId, level, sourceUrl, note, coversFormation);
        });
    }

    @PostMapping("/units/{id}/links/{link}/review")
    @Confirms("saved.units.reviewed")
    @PreAuthorize(EDITORS)
    String review(@PathVariable String id, @PathVariable String link, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        UUID unitId = uuid(id);
        UUID linkId = uuid(link);
        return change(unitId, model, response, () -> {
            if (!decision.equals("confirm") && !decision.equals("reject")) {
                throw new InvalidUnitInput("decision", "units.error.decision");
            }
            editing.review(unitId, linkId, decision.equals("confirm"), reason);
        });
    }

    /** Runs an analyst's change and shows the unit again: redirected when done, with the field named when refused. */
    String change(UUID unitId, Model model, HttpServletResponse response, Runnable change) {
        try {
            change.run();
            return "redirect:/units/" + unitId;
        } catch (InvalidUnitInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            error(model, e);
            return page(unitId, model);
        }
    }

    /** What the unit's edit form showed of it ({@link org.passage.web.ShownDigest}). */
    static String shown(org.passage.units.UnitView unit) {
        return org.passage.web.ShownDigest.of(unit.name(), unit.number(), unit.parentName());
    }

    /** What the unit's existence form showed of it: its dates. */
    static String shownExistence(org.passage.units.UnitView unit) {
        return org.passage.web.ShownDigest.of(String.valueOf(unit.existsFrom()), String.valueOf(unit.existsTo()));
    }

    /** Whether someone set the unit's existence dates since a form showed them ({@link #shownExistence}). */
    boolean existenceChangedSince(UUID unitId, String shown) {
        return directory.unit(unitId).map(u -> !shown.equals(shownExistence(u))).orElse(false);
    }

    private String page(UUID id, Model model) {
        var unit = directory.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!unit.id().equals(id)) {
            model.addAttribute("mergedFrom", id); // the page of a merged record shows the unit it went into
        }
        model.addAttribute("unit", unit);
        model.addAttribute("shownUnit", shown(unit));
        model.addAttribute("shownExistence", shownExistence(unit));
        model.addAttribute("links", directory.links(id, EVER_FROM, EVER_TO));
        model.addAttribute("positions", directory.positionsDuring(id, EVER_FROM, EVER_TO));
        model.addAttribute("confidences", Confidence.values());
        model.addAttribute("relatives", knowledge.relatives(unit.id()));
        model.addAttribute("sanctionMatches", knowledge.sanctions(unit.id()));
        return "units/unit";
    }

    private void error(Model model, InvalidUnitInput e) {
        model.addAttribute("errorField", e.field());
        model.addAttribute("errorFieldLabel", fieldLabel(messages, e.field()));
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

    /**
     * The name a refused field has on the page, in the page's language: the error line showed the form's parameter
     * ("existsFrom: …") on Russian pages too.
     */
    static String fieldLabel(org.springframework.context.MessageSource messages, String field) {
        String key = switch (field) {
            case "name", "number", "parent", "note", "incident", "confidence" -> "units.field." + field;
            case "link" -> "units.field.incident";
            case "existsFrom", "existsTo" -> "units.field.existence";
            case "from", "to" -> "units.field.dates";
            case "published" -> "units.incident.publishedField";
            case "sources" -> "units.incident.sourcesField";
            case "sourceUrl", "documentation" -> "units.field.source";
            case "decision", "reason" -> "units.field.review";
            case "alias" -> "units.field.aliases";
            case "entry" -> "units.sanctions.matches";
            case "other" -> "units.merge.other";
            default -> "units.edit"; // the unit's own edit form
        };
        return messages.getMessage(key, null, field, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** What the new-unit form shows again after an error. */
    record FormValues(String name, String number, String parent, String note) {
    }
}
