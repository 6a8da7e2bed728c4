package org.passage.reports.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.organizations.Organizations;
import org.passage.reports.StatisticsPeriod;
import org.passage.security.CurrentStaff;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics page and its CSV exports, for coordinators and org admins of one organization: figures about
 * the organization's work, never about a person, and every figure already suppressed. Exports are audited.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ORG_ADMIN')")
class StatisticsPage {

    private final Statistics statistics;
    private final CurrentStaff staff;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsPage(Statistics statistics, CurrentStaff staff, Organizations organizations, AuditTrail audit,
                   MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.staff = staff;
        this.organizations = organizations;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/statistics")
    String page(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                Model model, HttpServletResponse response) {
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        StatisticsPeriod period;
        try {
            period = new PeriodForm(from, to).period(LocalDate.now(clock));
        } catch (PeriodForm.InvalidPeriod e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), null, e.getMessage(), LocaleContextHolder.getLocale()));
            return "reports/statistics";
        }
        Report report = statistics.report(staff.organizationId(), period);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("period", period);
        model.addAttribute("from", period.from().toString());
        model.addAttribute("to", period.to().toString());
        model.addAttribute("empty", report.empty());
        model.addAttribute("sections", report.sections().stream().map(s -> new SectionView(s.key(), s.provided(),
                s.tables().stream().map(t -> TableView.of(t, messages, locale)).toList())).toList());
        model.addAttribute("anySuppressed", report.tables().stream().anyMatch(SafeTable::anySuppressed));
        return "reports/statistics";
    }

    record SectionView(String key, boolean provided, List<TableView> tables) {
    }

    @GetMapping("/statistics/export.csv")
    ResponseEntity<?> exportAll(@RequestParam(required = false) @Nullable String from,
                                     @RequestParam(required = false) @Nullable String to) {
        return export(from, to, null);
    }

    @GetMapping("/statistics/{table}.csv")
    ResponseEntity<?> exportOne(@PathVariable String table, @RequestParam(required = false) @Nullable String from,
                                     @RequestParam(required = false) @Nullable String to) {
        return export(from, to, table);
    }

    private ResponseEntity<?> export(@Nullable String from, @Nullable String to, @Nullable String tableId) {
        var org = staff.organizationId();
        // a table id comes from the URL: anything that cannot be one is not repeated into the audit trail
        String what = tableId == null ? "all" : tableId.matches("[a-z][a-z0-9-]{1,60}") ? tableId : "invalid";
        var event = AuditEvent.of("statistics.export", "statistics", what, org);
        Locale locale = LocaleContextHolder.getLocale();
        StatisticsPeriod period;
        try {
            period = new PeriodForm(from, to).period(LocalDate.now(clock));
        } catch (PeriodForm.InvalidPeriod e) {
            audit.record(event.failed("invalid period: " + e.field()));
            return problem(HttpStatus.BAD_REQUEST, messages.getMessage(e.messageKey(), null, e.getMessage(), locale));
        }
        Report report = statistics.report(org, period);
        List<SafeTable> tables = tableId == null ? report.tables() : report.table(tableId).map(List::of).orElse(List.of());
        if (tables.isEmpty()) {
            audit.record(event.failed("no such table"));
            return problem(HttpStatus.NOT_FOUND, messages.getMessage("statistics.error.table", null, "no such table", locale));
        }
        if (report.empty()) {
            audit.record(event.failed("no data in " + period));
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage("statistics.empty", null, "no data", locale));
        }
        String organization = organizations.find(org).map(o -> o.name()).orElse(org.toString());
        var generated = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String csv = StatisticsCsv.write(period, organization, generated,
                tables.stream().map(t -> TableView.of(t, messages, locale)).toList(), messages, locale);
        audit.record(event.withDetail(period + ", " + tables.size() + " table(s)"));
        String name = "statistics-" + what + "-" + period.from() + "-" + period.to() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv);
    }

    /** An export that cannot be made answers RFC 7807 problem JSON and produces no file at all. */
    private static ResponseEntity<?> problem(HttpStatus status, String message) {
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(status, message)).build();
    }

    static String stamp(java.time.Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    }
}
