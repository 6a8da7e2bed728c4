package org.passage.screening.internal.web;

import org.passage.web.Confirms;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.cases.CaseId;
import org.passage.days.TypedDay;
import org.passage.screening.Hit;
import org.passage.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening pages: screen a name (POST, so the name never lands in a URL, a log or the history), screen a
 * case's applicant and review his hits, and the alerts raised by re-screening after list imports.
 */
@Controller
class ScreeningPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LiveIndex index;
    private final CaseScreening caseScreening;
    private final AlertDesk alertDesk;
    private final Rescreening rescreening;
    private final AuditTrail audit;
    private final CurrentStaff staff;
    private final org.passage.organizations.StaffDirectory directory;

    private final org.springframework.context.MessageSource messages;

    ScreeningPages(LiveIndex index, CaseScreening caseScreening, AlertDesk alertDesk, Rescreening rescreening, AuditTrail audit,
                   CurrentStaff staff, org.passage.organizations.StaffDirectory directory,
                   org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.directory = directory;
        this.index = index;
        this.caseScreening = caseScreening;
        this.alertDesk = alertDesk;
        this.rescreening = rescreening;
        this.audit = audit;
        this.staff = staff;
    }

    /** A hit as the pages show it. */
    record Row(Hit hit, @Nullable IndexedEntry entry) {
        @Override
        public String toString() {
            return "Row[" + hit + "]";
        }
    }

    @GetMapping("/screening")
    @PreAuthorize(ScreeningAccess.SCREENERS)
    String form(Model model) {
        model.addAttribute("status", index.status());
        return "screening/screen";
    }

    /** A year or a day written as lists and the API write them (1972, 1972-11-26); a month is read by {@link TypedDay}. */
    private static final java.util.regex.Pattern YEAR_OR_DAY = java.util.regex.Pattern.compile("\\d{4}(-\\d{2}-\\d{2})?");

    @PostMapping("/screening")
    @PreAuthorize(ScreeningAccess.SCREENERS)
    String screen(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String birthDate,
                  @RequestParam(defaultValue = "") String nationality, Model model) {
        model.addAttribute("status", index.status());
        model.addAttribute("name", name);
        model.addAttribute("birthDate", birthDate);
        model.addAttribute("nationality", nationality);
        var root = JSON.createObjectNode();
        var q = root.putObject("queries").putObject("q");
        q.put("schema", "Person");
        var properties = q.putObject("properties");
        properties.putArray("name").add(name);
        String day = birthDate.strip();
        if (!day.isEmpty() && !YEAR_OR_DAY.matcher(day).matches()) {
            try {
                // 26.11.1972 or 11.1972, as a Russian page invites; 1972-11 as lists write a month
                var month = TypedDay.parseMonth(day);
                day = month.isPresent() ? month.get().toString() : TypedDay.parse(day).toString();
            } catch (java.time.format.DateTimeParseException e) {
                model.addAttribute("birthDateUnread", day); // said on the page: screened by name without it, not silently
                day = "";
            }
        }
        if (!day.isEmpty()) {
            properties.putArray("birthDate").add(day);
        }
        if (!nationality.isBlank()) {
            properties.putArray("nationality").add(nationality.strip().toLowerCase(java.util.Locale.ROOT));
        }
        var query = MatchRequestParser.parse(JSON.writeValueAsBytes(root)).queries().get("q");
        var snapshot = index.snapshot().orElseThrow(LiveIndex.IndexNotReady::new);
        List<Row> rows = index.screen(query, 10, java.util.Set.of()).stream().map(h -> new Row(h, snapshot.entry(h).orElse(null))).toList();
        audit.record(new AuditEvent("screening.adhoc", "watchlist", "default", staff.organizationId(), AuditEvent.Outcome.SUCCESS,
                rows.size() + " hits"));
        model.addAttribute("rows", rows);
        // fail closed: a name Passage could not read was not checked, whatever the hits say
        model.addAttribute("unreadable", org.passage.screening.Screening.unreadableNames(query));
        return "screening/screen";
    }

    @GetMapping("/cases/{id}/screening")
    @PreAuthorize(ScreeningAccess.REVIEWERS)
    String screenCase(@PathVariable String id, Model model) {
        return caseScreening(caseId(id), model);
    }

    /** The case's screening page: its applicant screened now (an audited read of the case), each hit with its decisions. */
    private String caseScreening(CaseId caseId, Model model) {
        var result = caseScreening.screen(caseId);
        model.addAttribute("result", result);
        model.addAttribute("caseId", caseId.value());
        model.addAttribute("status", index.status());
        model.addAttribute("maxReason", CaseScreening.MAX_REASON);
        model.addAttribute("staffNames", staffNames());
        model.addAttribute("me", staff.staffId());
        return "screening/case";
    }

    /** Who reads the alerts: the names of his colleagues, himself, and whether he decides on hits (a coordinator or analyst). */
    private void reader(Model model) {
        model.addAttribute("staffNames", staffNames());
        model.addAttribute("me", staff.staffId());
        model.addAttribute("reviewer", ScreeningAccess.reviewer(staff));
    }

    private Map<UUID, String> staffNames() {
        return directory.inOrganization(staff.organizationId()).stream().collect(java.util.stream.Collectors.toMap(
                org.passage.organizations.StaffMember::id, org.passage.organizations.StaffMember::displayName, (a, b) -> a));
    }

    /** A second member confirms or rejects a decision proposed on a hit of the case (the two-person rule). */
    @PostMapping("/cases/{id}/screening/reviews/{review}/second")
    @Confirms("saved.screening.secondReview")
    @PreAuthorize(ScreeningAccess.REVIEWERS)
    String secondReview(@PathVariable String id, @PathVariable String review, @RequestParam String outcome,
                        @RequestParam(defaultValue = "") String reason) {
        CaseId caseId = caseId(id);
        UUID reviewId;
        try {
            reviewId = UUID.fromString(review);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        if (!outcome.equals("CONFIRM") && !outcome.equals("REJECT")) {
            throw new InvalidMatchRequest("outcome", "CONFIRM or REJECT");
        }
        caseScreening.secondReview(caseId, reviewId, outcome.equals("CONFIRM"), reason);
        return "redirect:/cases/" + caseId.value() + "/screening";
    }

    @PostMapping("/cases/{id}/screening/reviews")
    @Confirms("saved.screening.review")
    @PreAuthorize(ScreeningAccess.REVIEWERS)
    String review(@PathVariable String id, @RequestParam String list, @RequestParam String entityId,
                  @RequestParam String decision, @RequestParam(defaultValue = "") String reason) {
        CaseId caseId = caseId(id);
        Reviews.Decision parsed;
        try {
            parsed = Reviews.Decision.valueOf(decision);
        } catch (IllegalArgumentException e) {
            throw new InvalidMatchRequest("decision", "CONFIRMED or DISMISSED");
        }
        if (!caseScreening.decide(caseId, list, entityId, parsed, reason)) {
            throw notFound();
        }
        return "redirect:/cases/" + caseId.value() + "/screening";
    }

    @GetMapping("/screening/alerts")
    @PreAuthorize(ScreeningAccess.SCREENERS)
    String alerts(Model model) {
        model.addAttribute("alerts", alertDesk.visible());
        reader(model);
        runs(model);
        model.addAttribute("status", index.status());
        return "screening/alerts";
    }

    /** The progress of the re-screenings alone, reloaded by htmx while one runs; carries no case data. */
    @GetMapping("/screening/alerts/runs")
    @PreAuthorize(ScreeningAccess.SCREENERS)
    String runs(Model model) {
        var runs = rescreening.recent(staff.organizationId(), 5);
        model.addAttribute("runs", runs);
        model.addAttribute("anyRunning", runs.stream().anyMatch(r -> !r.finished()));
        return "screening/alerts :: runs";
    }

    @PostMapping("/screening/alerts/{id}/acknowledge")
    @Confirms("saved.screening.acknowledged")
    @PreAuthorize(ScreeningAccess.REVIEWERS)
    String acknowledge(@PathVariable String id) {
        UUID alertId;
        try {
            alertId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        if (!alertDesk.acknowledge(alertId)) {
            throw notFound();
        }
        return "redirect:/screening/alerts";
    }

    private static CaseId caseId(String id) {
        try {
            return CaseId.parse(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** A review's reason refused is shown back to copy; nothing else of a refused form is worth keeping there. */
    private static final java.util.regex.Pattern REVIEW = java.util.regex.Pattern.compile(".*/cases/([0-9a-fA-F-]{36})/screening/reviews(/[^/]+/second)?");

    /** An acknowledgement refused is said beside its alert. */
    private static final java.util.regex.Pattern ACKNOWLEDGE = java.util.regex.Pattern.compile(".*/screening/alerts/([0-9a-fA-F-]{36})/acknowledge");

    /**
     * A refused form, said in the reader's language with the field named as the form names it (it showed
     * "queries.q.properties.name"). The name screened comes back with what was typed in every field; a refused review
     * leads back to the case's screening, its reason shown to copy (it led to an empty ad-hoc screening form).
     */
    @ExceptionHandler(InvalidMatchRequest.class)
    String invalid(InvalidMatchRequest e, Model model, jakarta.servlet.http.HttpServletRequest request,
                   jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(400);
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("status", index.status());
        // the staff pages' own fields say why in the reader's language; the API's wording stays English (yente's)
        String field = e.field().replaceFirst("^queries\\.q\\.properties\\.", "");
        model.addAttribute("errorField", messages.getMessage("screening.field." + field, null, field, locale));
        model.addAttribute("errorText", messages.getMessage("screening.invalid." + field, null, e.getMessage(), locale));
        var acknowledge = ACKNOWLEDGE.matcher(request.getRequestURI());
        if (acknowledge.matches()) {
            // said beside the alert it refused, on the alerts page (it was the ad-hoc screening form's error line)
            model.addAttribute("refusedAlert", UUID.fromString(acknowledge.group(1)));
            return alerts(model);
        }
        var review = REVIEW.matcher(request.getRequestURI());
        if (review.matches()) {
            String reason = request.getParameter("reason") == null ? "" : request.getParameter("reason");
            // said beside the form it refused, on the case's screening with the reason typed put back (a page of its own
            // with a copy of the reason and a link back made the reviewer find the hit and type it again)
            if (review.group(2) != null) {
                model.addAttribute("refusedProposal", review.group(2).split("/")[1]);
            } else {
                model.addAttribute("refusedList", request.getParameter("list"));
                model.addAttribute("refusedEntity", request.getParameter("entityId"));
            }
            model.addAttribute("reasonTyped", reason);
            try {
                return caseScreening(caseId(review.group(1)), model);
            } catch (org.passage.cases.NoSuchCase | ResponseStatusException | LiveIndex.IndexNotReady cannotShowTheCase) {
                // the case gone from the reader's sight or the index not ready: why, the way back, and the reason to copy
                model.addAttribute("caseId", review.group(1));
                model.addAttribute("reason", reason);
                return "screening/invalid";
            }
        }
        for (String typed : new String[] {"name", "birthDate", "nationality"}) {
            model.addAttribute(typed, request.getParameter(typed) == null ? "" : request.getParameter(typed));
        }
        return "screening/screen";
    }

    @ExceptionHandler(LiveIndex.IndexNotReady.class)
    String notReady(Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(503);
        model.addAttribute("status", index.status());
        return "screening/screen";
    }
}
