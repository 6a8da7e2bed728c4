package org.passage.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.passage.security.StaffAuthentication;
import org.passage.security.StaffAuthentication.Stage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login pages; each step page sends a session that is at another stage to that stage's page. */
@Controller
class LoginPages {

    private final LoginSteps steps;

    LoginPages(LoginSteps steps) {
        this.steps = steps;
    }

    @GetMapping("/login")
    String login() {
        return LoginSteps.current().filter(StaffAuthentication::isComplete).isPresent() ? "redirect:/" : "security/login";
    }

    @GetMapping("/login/password")
    String passwordForm() {
        return expect(Stage.CHANGE_PASSWORD, "security/password");
    }

    @PostMapping("/login/password")
    String changePassword(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
                          Model model, HttpServletRequest request, HttpServletResponse response) {
        var login = LoginSteps.current().filter(a -> a.stage() == Stage.CHANGE_PASSWORD);
        if (login.isEmpty()) {
            return redirectToStage();
        }
        var refusal = steps.changePassword(login.get(), password, confirmation, request, response);
        if (refusal.isPresent()) {
            model.addAttribute("error", refusal.get());
            return "security/password";
        }
        return redirectToStage();
    }

    @GetMapping("/login/totp/enrol")
    String enrolForm(Model model, HttpServletRequest request) {
        var login = LoginSteps.current().filter(a -> a.stage() == Stage.ENROL_TOTP);
        if (login.isEmpty()) {
            return redirectToStage();
        }
        byte[] secret = steps.pendingSecret(request);
        model.addAttribute("secret", Base32.encode(secret));
        model.addAttribute("qrCode", QrCodeSvg.dataUri(LoginSteps.otpauthUri(login.get().getPrincipal().username(), secret)));
        return "security/enrol";
    }

    @PostMapping("/login/totp/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request, HttpServletResponse response) {
        var login = LoginSteps.current().filter(a -> a.stage() == Stage.ENROL_TOTP);
        if (login.isEmpty()) {
            return redirectToStage();
        }
        var result = steps.confirmEnrolment(login.get(), code, request, response);
        if (result == LoginSteps.CodeResult.ACCEPTED) {
            return "redirect:/";
        }
        if (result == LoginSteps.CodeResult.LOCKED) {
            return "redirect:/login?error";
        }
        model.addAttribute("error", "totp.error." + result.name().toLowerCase(java.util.Locale.ROOT));
        return enrolForm(model, request);
    }

    @GetMapping("/login/totp")
    String codeForm() {
        return expect(Stage.ENTER_TOTP, "security/totp");
    }

    @PostMapping("/login/totp")
    String code(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request, HttpServletResponse response) {
        var login = LoginSteps.current().filter(a -> a.stage() == Stage.ENTER_TOTP);
        if (login.isEmpty()) {
            return redirectToStage();
        }
        var result = steps.verifyCode(login.get(), code, request, response);
        return switch (result) {
            case ACCEPTED -> "redirect:/";
            case LOCKED -> "redirect:/login?error";
            default -> {
                model.addAttribute("error", "totp.error." + result.name().toLowerCase(java.util.Locale.ROOT));
                yield "security/totp";
            }
        };
    }

    private static String expect(Stage stage, String view) {
        return LoginSteps.current().filter(a -> a.stage() == stage).isPresent() ? view : redirectToStage();
    }

    private static String redirectToStage() {
        return "redirect:" + LoginSteps.current().map(a -> a.stage().page()).orElse("/login");
    }
}
