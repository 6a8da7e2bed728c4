package org.passage.cases.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.passage.cases.CaseId;
import org.passage.web.Confirms;
import org.passage.days.TypedDay;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicant's details page: his names in every script and birth date, other name forms, contact handles,
 * languages, family at risk, identity evidence and notes, with the history of what was changed. A refused form comes
 * back (400) with the message beside its field; nothing is stored.
 */
@Controller
class ApplicantPages {

    private final ApplicantDesk desk;
    private final MessageSource messages;
    private final org.passage.organizations.StaffDirectory staff;

    ApplicantPages(ApplicantDesk desk, MessageSource messages, org.passage.organizations.StaffDirectory staff) {
        this.desk = desk;
        this.messages = messages;
        this.staff = staff;
    }

    /** The details form as typed: text areas, one entry per line. */
    record DetailsForm(String otherNames, String handles, String languages, String familyAtRisk) {
        static DetailsForm of(ApplicantDetails d) {
            return new DetailsForm(String.join("\n", d.otherNames()), String.join("\n", d.handles()),
                    String.join(", ", d.languages()), String.join("\n", d.familyAtRisk()));
        }

        ApplicantDetails details() {
            return new ApplicantDetails(ApplicantDetails.split(otherNames), ApplicantDetails.split(handles),
                    languages == null ? java.util.List.of() : java.util.List.of(languages.split("[,\\s]+")),
                    ApplicantDetails.split(familyAtRisk), java.util.List.of());
        }
    }

    record EvidenceForm(String kind, String description, String seenBy, String seenOn) {
        static EvidenceForm empty() {
            return new EvidenceForm("", "", "", "");
        }

        ApplicantDetails.IdentityEvidence evidence() {
            ApplicantDetails.IdentityEvidence.Kind k;
            try {
                k = ApplicantDetails.IdentityEvidence.Kind.valueOf(kind == null ? "" : kind.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidCaseInput("kind", "cases.details.error.kind");
            }
            LocalDate seen;
            try {
                seen = TypedDay.parse(seenOn == null ? "" : seenOn.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidCaseInput("seenOn", "cases.details.error.seenOn");
            }
            return new ApplicantDetails.IdentityEvidence(k, description, seenBy, seen);
        }
    }

    @GetMapping("/cases/{id}/details")
    String show(@PathVariable String id, Model model) {
        var read = desk.read(CasePages.parse(id));
        return page(read, DetailsForm.of(read.details()), EvidenceForm.empty(), "", model);
    }

    /** The names and birth date form as typed. */
    record ApplicantForm(String name, String latinName, String birthDate) {
        static ApplicantForm of(Applicant a) {
            return new ApplicantForm(a.name(), a.latinName(), a.birthDate() == null ? "" : a.birthDate().toString());
        }
    }

    @PostMapping("/cases/{id}/applicant")
    @Confirms("saved.applicant")
    String changeApplicant(@PathVariable String id, @RequestParam(defaultValue = "") String name,
                           @RequestParam(defaultValue = "") String latinName, @RequestParam(defaultValue = "") String birthDate,
                           @RequestParam(required = false) @Nullable String shownName, @RequestParam(defaultValue = "") String shownLatinName,
                           @RequestParam(defaultValue = "") String shownBirthDate, Model model, HttpServletResponse response) {
        CaseId caseId = CasePages.parse(id);
        try {
            desk.changeApplicant(caseId, new CaseForm(name, latinName, birthDate).applicant(), shown(shownName, shownLatinName, shownBirthDate));
            return "redirect:/cases/" + caseId + "/details";
        } catch (InvalidCaseInput e) {
            refused(e, "applicant", model, response);
            var read = desk.read(caseId);
            page(read, DetailsForm.of(read.details()), EvidenceForm.empty(), "", model);
            model.addAttribute("applicantForm", new ApplicantForm(name, latinName, birthDate));
            // the form shown again keeps what it first showed, so his next try is still measured against that
            if (shownName != null) {
                model.addAttribute("applicantShown", new ApplicantForm(shownName, shownLatinName, shownBirthDate));
            }
            return "cases/details";
        }
    }

    /** What the form showed when it was served (hidden fields), or null from a form without them. */
    private static @Nullable Applicant shown(@Nullable String name, String latinName, String birthDate) {
        if (name == null) {
            return null;
        }
        try {
            return new Applicant(name, latinName, birthDate.isBlank() ? null : LocalDate.parse(birthDate.strip()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    @PostMapping("/cases/{id}/notes/{note}")
    @Confirms("saved.note.edited")
    String editNote(@PathVariable String id, @PathVariable java.util.UUID note, @RequestParam(defaultValue = "") String body,
                    @RequestParam(required = false) @Nullable String shownBody, Model model, HttpServletResponse response) {
        CaseId caseId = CasePages.parse(id);
        try {
            desk.editNote(caseId, note, body, shownBody);
            return "redirect:/cases/" + caseId + "/details#note-" + note;
        } catch (InvalidCaseInput e) {
            refused(e, "note-" + note, model, response);
            var read = desk.read(caseId);
            page(read, DetailsForm.of(read.details()), EvidenceForm.empty(), "", model);
            model.addAttribute("editedNote", note);
            model.addAttribute("editedBody", body);
            model.addAttribute("editedShown", shownBody); // still measured against what he first saw
            return "cases/details";
        }
    }

    @PostMapping("/cases/{id}/details")
    @Confirms("saved.details")
    String save(@PathVariable String id, @RequestParam(defaultValue = "") String otherNames,
                @RequestParam(defaultValue = "") String handles, @RequestParam(defaultValue = "") String languages,
                @RequestParam(defaultValue = "") String familyAtRisk, @RequestParam(required = false) @Nullable String shownOtherNames,
                @RequestParam(defaultValue = "") String shownHandles, @RequestParam(defaultValue = "") String shownLanguages,
                @RequestParam(defaultValue = "") String shownFamilyAtRisk, Model model, HttpServletResponse response) {
        CaseId caseId = CasePages.parse(id);
        var form = new DetailsForm(otherNames, handles, languages, familyAtRisk);
        // what the form showed when it was served (hidden fields); absent from a form without them
        var shown = shownOtherNames == null ? null : new DetailsForm(shownOtherNames, shownHandles, shownLanguages, shownFamilyAtRisk);
        try {
            desk.save(caseId, form.details(), shown == null ? null : shown.details());
            return "redirect:/cases/" + caseId + "/details";
        } catch (InvalidCaseInput e) {
            refused(e, "details", model, response);
            page(desk.read(caseId), form, EvidenceForm.empty(), "", model);
            if (shown != null) {
                model.addAttribute("detailsShown", shown); // the form shown again is still measured against what he first saw
            }
            return "cases/details";
        }
    }

    @PostMapping("/cases/{id}/evidence")
    @Confirms("saved.evidence")
    String addEvidence(@PathVariable String id, @RequestParam(defaultValue = "") String kind,
                       @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String seenBy,
                       @RequestParam(defaultValue = "") String seenOn, Model model, HttpServletResponse response) {
        CaseId caseId = CasePages.parse(id);
        var form = new EvidenceForm(kind, description, seenBy, seenOn);
        try {
            desk.addEvidence(caseId, form.evidence());
            return "redirect:/cases/" + caseId;
        } catch (InvalidCaseInput e) {
            refused(e, "evidence", model, response);
            var read = desk.read(caseId);
            return page(read, DetailsForm.of(read.details()), form, "", model);
        }
    }

    @PostMapping("/cases/{id}/notes")
    @Confirms("saved.note.added")
    String addNote(@PathVariable String id, @RequestParam(defaultValue = "") String body, Model model,
                   HttpServletResponse response) {
        CaseId caseId = CasePages.parse(id);
        try {
            desk.addNote(caseId, body);
            return "redirect:/cases/" + caseId;
        } catch (InvalidCaseInput e) {
            refused(e, "note", model, response);
            var read = desk.read(caseId);
            return page(read, DetailsForm.of(read.details()), EvidenceForm.empty(), body, model);
        }
    }

    private void refused(InvalidCaseInput e, String form, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errorForm", form);
        model.addAttribute("errorField", e.field());
        model.addAttribute("errorMessage", messages.getMessage(e.getMessage(), e.arguments(), e.getMessage(),
                LocaleContextHolder.getLocale()));
    }

    private String page(ApplicantDesk.Details read, DetailsForm details, EvidenceForm evidence, @Nullable String note,
                               Model model) {
        model.addAttribute("read", read);
        model.addAttribute("detailsForm", details);
        model.addAttribute("detailsShown", DetailsForm.of(read.details()));
        model.addAttribute("evidenceForm", evidence);
        model.addAttribute("noteBody", note);
        model.addAttribute("kinds", ApplicantDetails.IdentityEvidence.Kind.values());
        model.addAttribute("applicantForm", ApplicantForm.of(read.applicant()));
        model.addAttribute("applicantShown", ApplicantForm.of(read.applicant()));
        model.addAttribute("staffNames", staff.inOrganization(read.ref().organizationId()).stream().collect(
                java.util.stream.Collectors.toMap(org.passage.organizations.StaffMember::id,
                        org.passage.organizations.StaffMember::displayName, (a, b) -> a)));
        return "cases/details";
    }
}
