package org.passage.audit.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /audit}: the auditors' view of their own organization's trail, newest first, filtered. Reading it
 * is itself an audited action. The organization comes from the signed-in principal's
 * {@code organizationId()} (the security feature's principal), never from the request.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPageController {

    private final AuditQueries queries;
    private final AuditTrail trail;

    AuditPageController(AuditQueries queries, AuditTrail trail) {
        this.queries = queries;
        this.trail = trail;
    }

    @GetMapping("/audit")
    String events(@AuthenticationPrincipal(expression = "organizationId()") @Nullable UUID organization,
                  @RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String recordType,
                  @RequestParam(required = false) @Nullable String recordId, @RequestParam(required = false) @Nullable String actor,
                  @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                  @RequestParam(required = false) @Nullable String page, Model model, HttpServletResponse response) {
        if (organization == null) {
            throw new AccessDeniedException("the audit page shows one organization's trail; this account has none");
        }
        AuditFilter filter = AuditFilter.of(action, recordType, recordId, actor, from, to, page);
        model.addAttribute("filter", filter);
        if (!filter.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new AuditQueries.Page(java.util.List.of(), 0, false));
            return "audit/events";
        }
        model.addAttribute("page", queries.page(organization, filter));
        trail.record(AuditEvent.of("audit.read", "audit_event", null, organization).withDetail(filter.describe()));
        return "audit/events";
    }
}
