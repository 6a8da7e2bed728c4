package org.passage.reports.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.reports.CountTable;

/**
 * A table after suppression: what the page, the charts and the CSV show. {@code headerKeys} are the message
 * keys of the value columns (the source's, then "total" and "percent" when added); {@code total} is the total
 * row, if the table has one.
 */
record SafeTable(CountTable source, List<String> headerKeys, List<Line> rows, @Nullable Line total) {

    record Line(String label, @Nullable String labelKey, List<Figure> figures) {
        Line {
            figures = List.copyOf(figures);
        }
    }

    SafeTable {
        headerKeys = List.copyOf(headerKeys);
        rows = List.copyOf(rows);
    }

    String id() {
        return source.id();
    }

    /** True when any figure had to be suppressed, so the page can say why. */
    boolean anySuppressed() {
        return rows.stream().anyMatch(SafeTable::suppresses) || (total != null && suppresses(total));
    }

    private static boolean suppresses(Line line) {
        return line.figures().stream().anyMatch(Figure::isSuppressed);
    }
}
