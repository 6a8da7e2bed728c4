package org.passage.intake.internal;

import org.passage.web.Confirms;
import java.util.UUID;
import org.passage.cases.NoSuchCase;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinators' triage of held submissions: the list, one item, and spam / duplicate / accept (which opens the case). */
@Controller
@RequestMapping("/intake-inbox/held")
@PreAuthorize("hasRole('COORDINATOR')")
class TriagePages {

    private final IntakeTriage triage;

    TriagePages(IntakeTriage triage) {
        this.triage = triage;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("held", triage.waiting());
        return "intake/held-list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("item", triage.open(parse(id)));
        return "intake/held";
    }

    @Confirms("saved.intake.held.accepted")
    @PostMapping("/{id}/accept")
    String accept(@PathVariable String id) {
        return "redirect:/intake-inbox/" + triage.accept(parse(id)).value();
    }

    @Confirms("saved.intake.held.spam")
    @PostMapping("/{id}/spam")
    String spam(@PathVariable String id, RedirectAttributes flash) {
        triage.discard(parse(id), HeldSubmissions.Decision.SPAM);
        flash.addFlashAttribute("done", "intake.held.done.spam");
        return "redirect:/intake-inbox/held";
    }

    @Confirms("saved.intake.held.duplicate")
    @PostMapping("/{id}/duplicate")
    String duplicate(@PathVariable String id, RedirectAttributes flash) {
        triage.discard(parse(id), HeldSubmissions.Decision.DUPLICATE);
        flash.addFlashAttribute("done", "intake.held.done.duplicate");
        return "redirect:/intake-inbox/held";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NoSuchCase();
        }
    }
}
