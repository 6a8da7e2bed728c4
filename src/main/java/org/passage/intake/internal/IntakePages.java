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

    private final IntakeDesk desk;
    private final IntakeLimits limits;

    IntakePages(IntakeDesk desk, IntakeLimits limits) {
        this.desk = desk;
        this.limits = limits;
    }

    @GetMapping("/intake")
    String form(Model model) {
        model.addAttribute("form", IntakeForm.empty());
        model.addAttribute("problems", Map.of());
        return "intake/form";
    }

    @PostMapping("/intake")
    String submit(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String contact,
                  @RequestParam(defaultValue = "") String whereabouts, @RequestParam(defaultValue = "") String needs,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        var form = new IntakeForm(name, contact, whereabouts, needs);
        model.addAttribute("form", form);
        if (!limits.tryAcquire(IntakeLimits.Limit.SUBMIT_PER_CLIENT, IntakeLimits.Limit.SUBMIT_ALL, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("problems", Map.of());
            model.addAttribute("throttled", true);
            return "intake/form";
        }
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", problems);
            return "intake/form";
        }
        model.addAttribute("receipt", desk.submit(form));
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
