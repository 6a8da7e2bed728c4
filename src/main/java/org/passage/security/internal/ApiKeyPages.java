package org.passage.security.internal;

import org.passage.web.Confirms;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The org admin's API keys page: list (with last use), make a key (shown once), revoke. */
@Controller
@RequestMapping("/admin/api-keys")
@PreAuthorize("hasRole('ORG_ADMIN')")
class ApiKeyPages {

    private final ApiKeyRegister keys;
    private final CurrentStaff current;
    private final AuditTrail audit;

    ApiKeyPages(ApiKeyRegister keys, CurrentStaff current, AuditTrail audit) {
        this.keys = keys;
        this.current = current;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("keys", keys.list(current.organizationId()));
        model.addAttribute("now", Clock.systemUTC().instant());
        model.addAttribute("maxDays", ApiKeyRegister.MAX_DAYS);
        return "security/admin/api-keys";
    }

    @PostMapping
    @Confirms("saved.security.apiKey")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") String days, Model model,
                  HttpServletResponse response) {
        int validDays;
        try {
            validDays = Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            validDays = -1;
        }
        String error = name.isBlank() || name.strip().length() > 100 ? "name" : validDays < 1 || validDays > ApiKeyRegister.MAX_DAYS ? "days"
                : activeNamed(name) ? "taken" : null;
        if (error != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", error);
            model.addAttribute("name", name);
            return list(model);
        }
        var issued = keys.create(current.organizationId(), current.staffId(), name, validDays);
        audit.record(new AuditEvent("api-key.created", "api-key", issued.id().toString(), current.organizationId(), AuditEvent.Outcome.SUCCESS,
                "valid " + validDays + " days"));
        model.addAttribute("issued", issued);
        return "security/admin/api-key-issued";
    }

    /**
     * Whether a live key of the organization has this name already: the page that shows a new key answers the POST
     * itself (the key is never kept to be shown later), so refreshing it or sending the form again issued a second
     * live key nobody had copied. Names also tell the keys apart in the list.
     */
    private boolean activeNamed(String name) {
        Instant now = Clock.systemUTC().instant();
        return keys.list(current.organizationId()).stream()
                .anyMatch(k -> k.revokedAt() == null && k.active(now) && k.name().strip().equalsIgnoreCase(name.strip()));
    }

    /** Another organization's key, or none, is "not found" and the attempt is audited, like another organization's staff. */
    @PostMapping("/{id}/revoke")
    @Confirms("saved.security.apiKeyRevoked")
    String revoke(@PathVariable UUID id, HttpServletResponse response) {
        if (!keys.revoke(current.organizationId(), id)) {
            audit.record(new AuditEvent("api-key.revoked", "api-key", id.toString(), current.organizationId(), AuditEvent.Outcome.DENIED,
                    "key of another organization or none"));
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        audit.record(AuditEvent.of("api-key.revoked", "api-key", id, current.organizationId()));
        return "redirect:/admin/api-keys";
    }
}
