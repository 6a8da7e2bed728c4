package org.passage.security.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What every staff member may do to their own account: change the password, end every session. */
@Controller
class AccountPages {

    private final StaffAdministration administration;
    private final LoginSteps steps;

    AccountPages(StaffAdministration administration, LoginSteps steps) {
        this.administration = administration;
        this.steps = steps;
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "security/account-password";
    }

    /** A new password ends every other session of the account; this one continues. */
    @PostMapping("/account/password")
    @Confirms("saved.security.ownPassword")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
                          @RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes flash,
                          HttpServletRequest request, HttpServletResponse response) {
        var login = LoginSteps.current().orElseThrow();
        var refusal = steps.changeOwnPassword(login, current, password, confirmation, request, response);
        if (refusal.isPresent()) {
            model.addAttribute("error", refusal.get());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "security/account-password";
        }
        flash.addFlashAttribute("done", "account.password.done");
        return "redirect:/account/password";
    }

    /** Ends every session of the account, this one included (a lost phone, a forgotten shared computer). */
    @PostMapping("/account/sessions/end")
    @Confirms("saved.security.ownSessions")
    String endAllMySessions() {
        administration.endMyOwnSessions();
        return "redirect:/login?expired";
    }
}
