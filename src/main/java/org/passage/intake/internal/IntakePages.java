package org.passage.intake.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages: /intake (write in) and /intake/status (follow a case). No login, no script, plain form
 * posts with the CSRF token in a hidden field; every refusal is a page that says what to do, in the
 * visitor's language.
 */
@Controller
class IntakePages {

    /** The hidden field a person never sees and a form-filling bot fills; its name is plain so autofill leaves it alone. */
    static final String HONEYPOT = "leave_empty";

    private final IntakeDesk desk;
    private final IntakeTriage triage;
    private final IntakeLimits limits;
    private final FormTokens tokens;

    IntakePages(IntakeDesk desk, IntakeTriage triage, IntakeLimits limits, FormTokens tokens) {
        this.desk = desk;
        this.triage = triage;
        this.limits = limits;
        this.tokens = tokens;
    }

    @GetMapping("/intake")
    String form(Model model) {
        model.addAttribute("form", IntakeForm.empty());
        model.addAttribute("problems", Map.of());
        model.addAttribute("formToken", tokens.issue());
        return "intake/form";
    }

    /**
     * Nobody is turned away: a valid submission over the rate budget, with an unusable form token, sent faster than a
     * person types or with the hidden field filled is held for a coordinator instead of opening a case, and the person
     * gets the same receipt either way (so a bot learns nothing). Only invalid input is refused, with nothing stored.
     */
    @PostMapping("/intake")
    String submit(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String contact,
                  @RequestParam(defaultValue = "") String whereabouts, @RequestParam(defaultValue = "") String needs,
                  @RequestParam(defaultValue = "") String formToken, @RequestParam(name = HONEYPOT, defaultValue = "") String honeypot,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        var form = new IntakeForm(name, contact, whereabouts, needs);
        model.addAttribute("form", form);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", problems);
            // the form shown again keeps its token, so the time he spent typing still counts
            model.addAttribute("formToken", tokens.genuine(formToken) ? formToken : tokens.issue());
            return "intake/form";
        }
        String said = tokens.said(form);
        var sentBefore = tokens.receivedAlready(formToken, said);
        if (sentBefore.isPresent()) {
            // the receipt page refreshed (or the button pressed twice): no second case, and he is told which he has
            model.addAttribute("code", sentBefore.get());
            return "intake/again";
        }
        var verdict = tokens.spend(formToken);
        boolean withinBudget = limits.tryAcquire(IntakeLimits.Limit.SUBMIT_PER_CLIENT, IntakeLimits.Limit.SUBMIT_ALL, request.getRemoteAddr());
        HeldSubmissions.Reason held = !honeypot.isEmpty() ? HeldSubmissions.Reason.HONEYPOT
                : verdict == FormTokens.Verdict.UNUSABLE ? HeldSubmissions.Reason.FORM_TOKEN
                : verdict == FormTokens.Verdict.TOO_FAST ? HeldSubmissions.Reason.TOO_FAST
                : !withinBudget ? HeldSubmissions.Reason.OVER_LIMIT : null;
        if (held == null) {
            var receipt = desk.submit(form);
            tokens.received(formToken, receipt.code(), said);
            model.addAttribute("receipt", receipt);
            return "intake/received";
        }
        if (!limits.tryAcquire(IntakeLimits.Limit.HOLD_ALL)) {
            // the one refusal left: the held queue itself is flooded beyond what storage should take in an hour
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("problems", Map.of());
            model.addAttribute("throttled", true);
            model.addAttribute("formToken", tokens.issue());
            return "intake/form";
        }
        var receipt = triage.hold(form, held);
        tokens.received(formToken, receipt.code(), said);
        model.addAttribute("receipt", receipt);
        return "intake/received";
    }

    @GetMapping("/intake/status")
    String statusForm() {
        return "intake/status";
    }

    @PostMapping("/intake/status")
    String status(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String passphrase,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("code", code.length() > 20 ? "" : code);
        if (!limits.tryAcquire(IntakeLimits.Limit.STATUS_PER_CLIENT, IntakeLimits.Limit.STATUS_ALL, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("throttled", true);
            return "intake/status";
        }
        if (code.isBlank() || passphrase.isBlank() || code.length() > 20 || passphrase.length() > 100) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("missing", true);
            return "intake/status";
        }
        desk.status(code, passphrase).ifPresentOrElse(stage -> model.addAttribute("stage", stage),
                () -> model.addAttribute("unknown", true));
        return "intake/status";
    }
}
