package org.passage.datasets.internal;

import org.passage.web.Confirms;

import java.security.Principal;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The system admin's page of the data catalogue: every dataset's age, live version, source, licence, whether
 * Passage may ship it and its last error, and "update now", which runs in the background while a fragment polled
 * by htmx shows how far it got. Datasets are installation-wide, so this is the system admin's page.
 */
@Controller
@RequestMapping("/admin/datasets")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class DatasetPages {

    private final CatalogueStates states;
    private final UpdateRuns runs;
    private final Clock clock = Clock.systemUTC();

    DatasetPages(CatalogueStates states, UpdateRuns runs) {
        this.states = states;
        this.runs = runs;
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable String busy, Model model) {
        model.addAttribute("states", states.all());
        model.addAttribute("now", clock.instant());
        model.addAttribute("busy", busy != null);
        model.addAttribute("run", runs.latest().orElse(null));
        return "datasets/catalogue";
    }

    @GetMapping("/progress")
    String progress(Model model) {
        model.addAttribute("run", runs.latest().orElse(null));
        return "datasets/catalogue :: progress";
    }

    @PostMapping("/update")
    @Confirms("saved.datasets.update")
    String update(Principal principal) {
        try {
            runs.start(principal.getName());
        } catch (UpdateRuns.Busy e) {
            return "redirect:/admin/datasets?busy";
        }
        return "redirect:/admin/datasets";
    }
}
