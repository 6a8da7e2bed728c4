package org.passage.audit.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit trail as CSV (RFC 4180: CRLF, quotes doubled) that is safe to open in a spreadsheet: a cell a
 * spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) gets a leading
 * apostrophe, so a detail or a name typed by someone can never run as a formula on the auditor's machine.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("sequence", "time_utc", "person", "person_id", "session", "action", "record_type",
            "record", "record_id", "outcome", "detail");

    private AuditCsv() {
    }

    static String of(List<AuditActs.Named> events) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (var event : events) {
            var line = event.line();
            row(out, List.of(Long.toString(line.sequence()), line.when(), event.person(), line.actor(), orEmpty(line.session()),
                    line.action(), line.recordType(), orEmpty(event.record()), orEmpty(line.recordId()), line.outcome(), line.detail()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(AuditCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(";") || !v.equals(v.strip())) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
