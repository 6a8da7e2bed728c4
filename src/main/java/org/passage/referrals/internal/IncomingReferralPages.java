package org.passage.referrals.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.passage.organizations.Organization;
import org.passage.organizations.Organizations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The receiving side: the inbox of referrals addressed to the coordinator's organization, one referral with
 * its summary, and the answer (accept, optionally opening a case here; or decline with a reason).
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class IncomingReferralPages {

    private final ReferralDesk desk;
    private final Organizations organizations;
    private final MessageSource messages;

    IncomingReferralPages(ReferralDesk desk, Organizations organizations, MessageSource messages) {
        this.desk = desk;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/referrals/incoming")
    String inbox(Model model) {
        List<Referral> incoming = desk.incoming();
        model.addAttribute("referrals", incoming);
        model.addAttribute("from", names());
        return "referrals/inbox";
    }

    @GetMapping("/referrals/incoming/{id}")
    String show(@PathVariable String id, Model model) {
        return page(desk.open(CaseReferralPages.parseReferral(id)), "", model);
    }

    @PostMapping("/referrals/incoming/{id}/accept")
    @Confirms("saved.referrals.accepted")
    String accept(@PathVariable String id, @RequestParam(defaultValue = "false") boolean openCase) {
        UUID referral = CaseReferralPages.parseReferral(id);
        var locale = LocaleContextHolder.getLocale();
        boolean done = desk.accept(referral, openCase, f -> messages.getMessage(f.messageKey(), null, locale));
        return "redirect:/referrals/incoming/" + referral + (done ? "" : "?late");
    }

    @PostMapping("/referrals/incoming/{id}/decline")
    @Confirms("saved.referrals.declined")
    String decline(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model,
                   HttpServletResponse response) {
        UUID referral = CaseReferralPages.parseReferral(id);
        try {
            boolean done = desk.decline(referral, reason);
            return "redirect:/referrals/incoming/" + referral + (done ? "" : "?late");
        } catch (InvalidReferral e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reasonError", true);
            return page(desk.open(referral), reason, model);
        }
    }

    private String page(ReferralDesk.Incoming incoming, String reason, Model model) {
        model.addAttribute("incoming", incoming);
        model.addAttribute("from", names());
        model.addAttribute("reason", reason);
        return "referrals/incoming";
    }

    private Map<UUID, String> names() {
        return organizations.all().stream().collect(Collectors.toMap(Organization::id, Organization::name));
    }
}
