package org.passage.audit.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /audit}: the auditors' view of their own organization's trail, newest first, one row per act, people and
 * cases by name, filtered by person, case code, action family and period; {@code /audit/export.csv} the same
 * events as CSV. Reading and exporting are themselves audited. The organization comes from the signed-in
 * principal's {@code organizationId()} (the security feature's principal), never from the request.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPageController {

    private final AuditReading reading;
    private final AuditTrail trail;

    AuditPageController(AuditReading reading, AuditTrail trail) {
        this.reading = reading;
        this.trail = trail;
    }

    @GetMapping("/audit")
    String events(@AuthenticationPrincipal(expression = "organizationId()") @Nullable UUID organization,
                  @RequestParam(required = false) @Nullable String action, @RequestParam(required = false) @Nullable String family,
                  @RequestParam(required = false) @Nullable String recordType, @RequestParam(required = false) @Nullable String recordId,
                  @RequestParam(name = "case", required = false) @Nullable String caseCode,
                  @RequestParam(required = false) @Nullable String actor,
                  @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                  @RequestParam(required = false) @Nullable String page, Model model, HttpServletResponse response) {
        UUID org = own(organization);
        AuditFilter filter = AuditFilter.of(action, family, recordType, recordId, caseCode, actor, from, to, page);
        model.addAttribute("filter", filter);
        model.addAttribute("people", reading.people(org));
        model.addAttribute("families", reading.families(org));
        if (!filter.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new AuditActs.Page(List.of(), 0, false));
            return "audit/events";
        }
        model.addAttribute("page", reading.page(org, filter));
        trail.record(AuditEvent.of("audit.read", "audit_event", null, org).withDetail(filter.describe()));
        return "audit/events";
    }

    @GetMapping("/audit/export.csv")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal(expression = "organizationId()") @Nullable UUID organization,
                                  @RequestParam(required = false) @Nullable String action,
                                  @RequestParam(required = false) @Nullable String family,
                                  @RequestParam(required = false) @Nullable String recordType,
                                  @RequestParam(required = false) @Nullable String recordId,
                                  @RequestParam(name = "case", required = false) @Nullable String caseCode,
                                  @RequestParam(required = false) @Nullable String actor,
                                  @RequestParam(required = false) @Nullable String from,
                                  @RequestParam(required = false) @Nullable String to) {
        UUID org = own(organization);
        AuditFilter filter = AuditFilter.of(action, family, recordType, recordId, caseCode, actor, from, to, null);
        if (!filter.valid()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(("These filters could not be used: " + String.join(", ", filter.errors())).getBytes(StandardCharsets.UTF_8));
        }
        var events = reading.export(org, filter);
        String detail = filter.describe().replaceFirst(",? ?page=0$", "");
        String what = (detail.isEmpty() ? "" : detail + ", ") + events.size() + " events";
        trail.record(AuditEvent.of("audit.export", "audit_event", null, org).withDetail(what.length() > 500 ? what.substring(0, 500) : what));
        String name = "audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(AuditCsv.of(events).getBytes(StandardCharsets.UTF_8));
    }

    private static UUID own(@Nullable UUID organization) {
        if (organization == null) {
            throw new AccessDeniedException("the audit page shows one organization's trail; this account has none");
        }
        return organization;
    }
}
