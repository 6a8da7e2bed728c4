package org.passage.reports.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 says (CRLF, quotes doubled), and safe to open in a spreadsheet: a cell that a spreadsheet
 * would take for a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
 */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv row(List<String> cells) {
        out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    Csv row(String... cells) {
        return row(List.of(cells));
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(";")
                || !v.equals(v.strip())) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
