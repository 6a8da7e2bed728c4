package org.passage.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.days.TypedDay;

/**
 * The audit page's filters as typed in: each is optional, trimmed, bounded in length; dates are days as every date
 * field reads them ({@code 2026-11-22} or {@code 22.11.2026}), both ends inclusive. {@link #errors()} names every
 * field at fault. Public only so that the page template can read it.
 */
public record AuditFilter(@Nullable String action, @Nullable String family, @Nullable String recordType, @Nullable String recordId,
                          @Nullable String caseCode, @Nullable String actor, @Nullable LocalDate from, @Nullable LocalDate to, int page,
                          List<String> errors) {

    static final int MAX_PAGE = 10_000;
    private static final java.util.regex.Pattern FAMILY = java.util.regex.Pattern.compile("[a-z_]{1,32}");
    private static final java.util.regex.Pattern CASE_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}");

    static AuditFilter of(@Nullable String action, @Nullable String recordType, @Nullable String recordId, @Nullable String actor,
                          @Nullable String from, @Nullable String to, @Nullable String page) {
        return of(action, null, recordType, recordId, null, actor, from, to, page);
    }

    /**
     * With the auditor's filters: {@code family} is an action's first word ("case" for case.read, case.update, …),
     * {@code caseCode} the code staff know a case by.
     */
    static AuditFilter of(@Nullable String action, @Nullable String family, @Nullable String recordType, @Nullable String recordId,
                          @Nullable String caseCode, @Nullable String actor, @Nullable String from, @Nullable String to,
                          @Nullable String page) {
        List<String> errors = new ArrayList<>();
        String cleanAction = text("action", action, 64, errors);
        String cleanFamily = text("family", family, 32, errors);
        if (cleanFamily != null && !FAMILY.matcher(cleanFamily).matches()) {
            errors.add("family");
            cleanFamily = null;
        }
        String cleanCode = text("case", caseCode, 9, errors);
        if (cleanCode != null && !CASE_CODE.matcher(cleanCode).matches()) {
            errors.add("case");
            cleanCode = null;
        }
        if (cleanCode != null) {
            cleanCode = cleanCode.toUpperCase(java.util.Locale.ROOT);
            cleanCode = cleanCode.contains("-") ? cleanCode : cleanCode.substring(0, 4) + "-" + cleanCode.substring(4);
        }
        String cleanType = text("recordType", recordType, 64, errors);
        String cleanId = text("recordId", recordId, 200, errors);
        String cleanActor = text("actor", actor, 200, errors);
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add("to");
        }
        int pageNumber = 0;
        if (page != null && !page.isBlank()) {
            try {
                pageNumber = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                pageNumber = -1;
            }
            if (pageNumber < 0 || pageNumber > MAX_PAGE) {
                errors.add("page");
                pageNumber = 0;
            }
        }
        return new AuditFilter(cleanAction, cleanFamily, cleanType, cleanId, cleanCode, cleanActor, fromDay, toDay, pageNumber,
                List.copyOf(errors));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    AuditFilter page(int number) {
        return new AuditFilter(action, family, recordType, recordId, caseCode, actor, from, to, number, errors);
    }

    /** For the audit event that records this reading: which filters were used, no values that could be personal. */
    String describe() {
        List<String> used = new ArrayList<>();
        if (action != null) {
            used.add("action=" + action);
        }
        if (family != null) {
            used.add("family=" + family);
        }
        if (caseCode != null) {
            used.add("case=" + caseCode);
        }
        if (recordType != null) {
            used.add("recordType=" + recordType);
        }
        if (recordId != null) {
            used.add("recordId=" + recordId);
        }
        if (actor != null) {
            used.add("actor=" + actor);
        }
        if (from != null) {
            used.add("from=" + from);
        }
        if (to != null) {
            used.add("to=" + to);
        }
        used.add("page=" + page);
        String text = String.join(", ", used);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private static @Nullable String text(String field, @Nullable String value, int max, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
            errors.add(field);
            return null;
        }
        return stripped;
    }

    private static @Nullable LocalDate day(String field, @Nullable String value, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TypedDay.parse(value); // 2026-11-22 or 22.11.2026, as every date field of Passage reads
        } catch (DateTimeParseException e) {
            errors.add(field);
            return null;
        }
    }
}
