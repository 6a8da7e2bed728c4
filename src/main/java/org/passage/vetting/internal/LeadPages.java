package org.passage.vetting.internal;

import org.passage.web.Confirms;
import org.passage.web.ListPage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The review queue of leads ({@code /vetting/leads}): confirm or reject each inferred link, with a reason. */
@Controller
@PreAuthorize("hasRole('VETTING_ANALYST')")
class LeadPages {

    private final LeadQueue queue;
    private final MessageSource messages;

    LeadPages(LeadQueue queue, MessageSource messages) {
        this.queue = queue;
        this.messages = messages;
    }

    /** Leads shown on one page: a queue of a hundred leads was a page tens of thousands of pixels long on a phone. */
    static final int PAGE_SIZE = 20;

    @GetMapping("/vetting/leads")
    String show(@RequestParam(required = false) String done, @RequestParam(defaultValue = "1") String page, Model model) {
        ListPage<LeadQueue.Lead> shown = ListPage.of(queue.open(), pageNumber(page), PAGE_SIZE);
        model.addAttribute("leads", shown.items());
        model.addAttribute("page", shown);
        // only the two outcomes a decision redirects with: any other text in the address is shown nowhere
        model.addAttribute("done", "confirm".equals(done) || "reject".equals(done) ? done : null);
        return "vetting/leads";
    }

    private static int pageNumber(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Confirms("saved.vetting.lead")
    @PostMapping("/vetting/leads/decide")
    String decide(@RequestParam(required = false) String unit, @RequestParam(required = false) String incident,
                  @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
                  @RequestParam(defaultValue = "1") String page, Model model, HttpServletResponse response) {
        try {
            if (!"confirm".equals(decision) && !"reject".equals(decision)) {
                throw new InvalidVettingInput("decision", "vetting.error.lead.decision", "confirm or reject the link");
            }
            queue.decide(id("unit", unit), id("incident", incident), "confirm".equals(decision), reason);
            return "redirect:/vetting/leads?done=" + decision + "&page=" + pageNumber(page);
        } catch (InvalidVettingInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorUnit", unit);
            model.addAttribute("errorIncident", incident);
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.getMessage(), LocaleContextHolder.getLocale()));
            return show(null, page, model);
        }
    }

    private static UUID id(String field, @Nullable String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidVettingInput(field, "vetting.error.lead.link", "choose a lead of the queue");
        }
    }
}
