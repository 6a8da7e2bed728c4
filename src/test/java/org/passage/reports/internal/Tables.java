package org.passage.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.passage.reports.CountTable;
import org.passage.reports.CountTable.Chart;
import org.passage.reports.CountTable.Column;
import org.passage.reports.CountTable.Kind;

/** Test fixtures: tables of raw counts written as rows of numbers. */
final class Tables {

    private Tables() {
    }

    /** One count column with a total row and percentages, rows labelled a, b, c, ... */
    static CountTable list(long... counts) {
        List<CountTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            rows.add(new CountTable.Row(String.valueOf((char) ('a' + i)), null, List.of(counts[i])));
        }
        return new CountTable("test-list", "t", "t", "t", List.of(new Column("n", Kind.COUNT)), rows, Chart.BAR, true, true);
    }

    /** Several count columns with row and column totals. */
    static CountTable grid(long[]... rows) {
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < rows[0].length; c++) {
            columns.add(new Column("c" + c, Kind.COUNT));
        }
        List<CountTable.Row> list = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            list.add(new CountTable.Row("r" + r, null, Arrays.stream(rows[r]).boxed().toList()));
        }
        return new CountTable("test-grid", "t", "t", "t", columns, list, Chart.STACKED, true, false);
    }

    static List<String> texts(SafeTable.Line line) {
        return line.figures().stream().map(Figure::text).toList();
    }
}
