package org.passage.journeys.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.journeys.RiskLevel;
import org.passage.journeys.Whereabouts;
import org.passage.organizations.Role;
import org.passage.security.CurrentStaff;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organization's country risk register: everyone who works on cases reads it, coordinators edit it. Each
 * edit is audited with the country it concerns (public knowledge, no personal data).
 */
@Controller
class RiskPages {

    private final RiskRegister register;
    private final CurrentStaff staff;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    RiskPages(RiskRegister register, CurrentStaff staff, AuditTrail audit, MessageSource messages, Clock clock) {
        this.register = register;
        this.staff = staff;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/risks")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CASEWORKER', 'LAWYER', 'VETTING_ANALYST')")
    String list(Model model) {
        model.addAttribute("risks", register.all(staff.organizationId()));
        model.addAttribute("mayEdit", staff.has(Role.COORDINATOR));
        return "journeys/risks";
    }

    @GetMapping("/risks/add")
    @PreAuthorize("hasRole('COORDINATOR')")
    String add(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String country) {
        return "redirect:/risks/" + code(country);
    }

    @GetMapping("/risks/{country}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@PathVariable String country, Model model) {
        String code = code(country);
        var risk = register.find(staff.organizationId(), code);
        model.addAttribute("form", risk.map(RiskForm::of).orElse(RiskForm.empty()));
        model.addAttribute("shownRisk", RiskForm.shown(risk));
        return page(code, model);
    }

    @PostMapping("/risks/{country}")
    @Confirms("saved.journeys.risk")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    String save(@PathVariable String country, @ModelAttribute("form") RiskForm form,
                @org.springframework.web.bind.annotation.RequestParam(required = false) @org.jspecify.annotations.Nullable String shownRisk,
                Model model, HttpServletResponse response) {
        String code = code(country);
        model.addAttribute("shownRisk", shownRisk); // a form shown again is still measured against what he first saw
        try {
            // an assessment saved from another tab since this form was shown is not overwritten with what it showed
            if (shownRisk != null && !shownRisk.equals(RiskForm.shown(register.find(staff.organizationId(), code)))) {
                throw new InvalidJourneyInput("assessment", "risk.error.changedMeanwhile", "someone saved this country's assessment since");
            }
            var risk = form.risk(code, LocalDate.now(clock));
            register.save(staff.organizationId(), risk, clock.instant(), staff.staffId());
            audit.record(new AuditEvent("risk.update", "country_risk", code, staff.organizationId(), AuditEvent.Outcome.SUCCESS,
                    "highest " + risk.highest()));
            return "redirect:/risks";
        } catch (InvalidJourneyInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(),
                    LocaleContextHolder.getLocale()));
            return page(code, model);
        }
    }

    private static String page(String code, Model model) {
        model.addAttribute("country", code);
        model.addAttribute("levels", RiskLevel.values());
        return "journeys/risk";
    }

    private static String code(String country) {
        String code = country.toUpperCase(Locale.ROOT);
        if (!Whereabouts.isCountryCode(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return code;
    }
}
