package org.passage.reports.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.passage.reports.CountTable;
import org.passage.reports.CountTable.Kind;
import org.passage.reports.internal.Figure.Status;
import org.passage.reports.internal.Figure.Unit;

/**
 * Small-count suppression, the one rule every shown or exported figure goes through (docs/statistics.md).
 * <ol>
 * <li>Primary: a count of 1 to 4 is shown as "&lt;5"; 0 is shown as 0.</li>
 * <li>Secondary: every row and column that has a shown total is a sum anyone can redo. In each such line the
 * suppressed cells must each keep at least two possible values, given the total, the shown cells, and what the
 * marks say ("&lt;5" is 1 to 4, "[c]" is 5 or more). Until that holds, the smallest non-zero shown cell of the
 * line is hidden as "[c]"; when there is none left, the total itself is hidden. Lines are checked again until
 * nothing changes (hiding a cell in a column can break its row).</li>
 * <li>Percentages only from shown figures; durations only over at least {@link CountTable#MIN_GROUP} cases.</li>
 * </ol>
 * Lines are checked one at a time, not as one system of equations; that suffices for the tables Passage draws
 * (lists with a total, and one month × outcome table), and the docs say so.
 */
final class Suppression {

    private static final long SMALL_MAX = CountTable.MIN_GROUP - 1;
    private static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private Suppression() {
    }

    static SafeTable apply(CountTable table) {
        return new Grid(table).suppress();
    }

    /** The table's counts and totals as one flat array of positions, with the lines (sums) that tie them together. */
    private static final class Grid {
        private final CountTable table;
        private final int[] countColumns;
        private final int n;
        private final int m;
        private final boolean rowTotals;
        private final long[] values;
        private final Status[] status;
        private final List<int[]> lines = new ArrayList<>(); // members..., total last

        Grid(CountTable table) {
            this.table = table;
            this.countColumns = java.util.stream.IntStream.range(0, table.columns().size())
                    .filter(c -> table.columns().get(c).kind() == Kind.COUNT).toArray();
            this.n = table.rows().size();
            this.m = countColumns.length;
            this.rowTotals = table.totals() && m > 1;
            int size = n * m + (table.totals() ? n + m + 1 : 0);
            this.values = new long[size];
            this.status = new Status[size];
            for (int r = 0; r < n; r++) {
                long sum = 0;
                for (int j = 0; j < m; j++) {
                    long v = table.rows().get(r).values().get(countColumns[j]);
                    values[cell(r, j)] = v;
                    sum += v;
                }
                if (table.totals()) {
                    values[rowTotal(r)] = sum;
                }
            }
            if (table.totals()) {
                long grand = 0;
                for (int j = 0; j < m; j++) {
                    long sum = 0;
                    for (int r = 0; r < n; r++) {
                        sum += values[cell(r, j)];
                    }
                    values[columnTotal(j)] = sum;
                    grand += sum;
                }
                values[grand()] = grand;
                addLines();
            }
            for (int i = 0; i < size; i++) {
                status[i] = values[i] >= 1 && values[i] <= SMALL_MAX ? Status.SMALL : Status.SHOWN;
            }
        }

        private void addLines() {
            for (int j = 0; j < m; j++) {
                int[] line = new int[n + 1];
                for (int r = 0; r < n; r++) {
                    line[r] = cell(r, j);
                }
                line[n] = columnTotal(j);
                lines.add(line);
            }
            if (!rowTotals) {
                return;
            }
            for (int r = 0; r < n; r++) {
                int[] line = new int[m + 1];
                for (int j = 0; j < m; j++) {
                    line[j] = cell(r, j);
                }
                line[m] = rowTotal(r);
                lines.add(line);
            }
            int[] totalRow = new int[m + 1];
            for (int j = 0; j < m; j++) {
                totalRow[j] = columnTotal(j);
            }
            totalRow[m] = grand();
            lines.add(totalRow);
            int[] totalColumn = new int[n + 1];
            for (int r = 0; r < n; r++) {
                totalColumn[r] = rowTotal(r);
            }
            totalColumn[n] = grand();
            lines.add(totalColumn);
        }

        private int cell(int r, int j) {
            return r * m + j;
        }

        private int rowTotal(int r) {
            return n * m + r;
        }

        private int columnTotal(int j) {
            return n * m + n + j;
        }

        private int grand() {
            return n * m + n + m;
        }

        SafeTable suppress() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[] line : lines) {
                    int total = line[line.length - 1];
                    while (status[total] == Status.SHOWN && !safe(line)) {
                        int next = smallestShownNonZero(line);
                        status[next < 0 ? total : next] = Status.HIDDEN;
                        changed = true;
                    }
                }
            }
            return build();
        }

        /** Whether every suppressed member of the line keeps at least two possible values. */
        private boolean safe(int[] line) {
            int total = line[line.length - 1];
            long hidden = values[total];
            long lowSum = 0;
            long smallHighSum = 0;
            int unbounded = 0;
            int suppressed = 0;
            for (int k = 0; k < line.length - 1; k++) {
                int p = line[k];
                if (status[p] == Status.SHOWN) {
                    hidden -= values[p];
                } else {
                    lowSum += low(p);
                    if (status[p] == Status.SMALL) {
                        smallHighSum += SMALL_MAX;
                    } else {
                        unbounded++;
                    }
                    suppressed++;
                }
            }
            if (suppressed == 0) {
                return true;
            }
            for (int k = 0; k < line.length - 1; k++) {
                int p = line[k];
                if (status[p] == Status.SHOWN) {
                    continue;
                }
                long othersLow = lowSum - low(p);
                boolean small = status[p] == Status.SMALL;
                // the others' largest possible sum: unbounded as soon as one of them is a "[c]" (5 or more)
                long othersHigh = unbounded - (small ? 0 : 1) > 0 ? UNBOUNDED : smallHighSum - (small ? SMALL_MAX : 0);
                long lo = Math.max(low(p), hidden - othersHigh);
                long hi = Math.min(high(p), hidden - othersLow);
                if (hi <= lo) {
                    return false;
                }
            }
            return true;
        }

        private long low(int p) {
            return status[p] == Status.SMALL ? 1 : CountTable.MIN_GROUP;
        }

        private long high(int p) {
            return status[p] == Status.SMALL ? SMALL_MAX : UNBOUNDED;
        }

        private int smallestShownNonZero(int[] line) {
            int best = -1;
            for (int k = 0; k < line.length - 1; k++) {
                int p = line[k];
                if (status[p] == Status.SHOWN && values[p] > 0 && (best < 0 || values[p] < values[best])) {
                    best = p;
                }
            }
            return best;
        }

        private Figure count(int p) {
            return status[p] == Status.SHOWN ? Figure.shown(Unit.CASES, values[p]) : Figure.suppressed(status[p], Unit.CASES);
        }

        private SafeTable build() {
            List<String> headers = new ArrayList<>(table.columns().stream().map(CountTable.Column::labelKey).toList());
            if (rowTotals) {
                headers.add("statistics.total");
            }
            if (table.percentages()) {
                headers.add("statistics.percent");
            }
            List<SafeTable.Line> rows = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                CountTable.Row row = table.rows().get(r);
                List<Figure> figures = new ArrayList<>();
                int j = 0;
                for (int c = 0; c < table.columns().size(); c++) {
                    if (table.columns().get(c).kind() == Kind.COUNT) {
                        figures.add(count(cell(r, j++)));
                    } else {
                        figures.add(days(row.values().get(c), row.values().get(countColumns[0])));
                    }
                }
                if (rowTotals) {
                    figures.add(count(rowTotal(r)));
                }
                if (table.percentages()) {
                    figures.add(percent(cell(r, 0)));
                }
                rows.add(new SafeTable.Line(row.label(), row.labelKey(), figures));
            }
            return new SafeTable(table, headers, rows, table.totals() ? totalLine() : null);
        }

        private SafeTable.Line totalLine() {
            List<Figure> figures = new ArrayList<>();
            int j = 0;
            for (int c = 0; c < table.columns().size(); c++) {
                figures.add(table.columns().get(c).kind() == Kind.COUNT ? count(columnTotal(j++))
                        : Figure.suppressed(Status.BLANK, Unit.DAYS));
            }
            if (rowTotals) {
                figures.add(count(grand()));
            }
            if (table.percentages()) {
                figures.add(percent(columnTotal(0)));
            }
            return new SafeTable.Line("total", "statistics.total", figures);
        }

        private static Figure days(@Nullable Long days, @Nullable Long cases) {
            if (days == null || cases == null || cases < CountTable.MIN_GROUP) {
                return Figure.suppressed(Status.TOO_FEW, Unit.DAYS);
            }
            return Figure.shown(Unit.DAYS, days);
        }

        private Figure percent(int p) {
            int total = columnTotal(0);
            if (status[p] != Status.SHOWN || status[total] != Status.SHOWN || values[total] == 0) {
                return Figure.suppressed(Status.HIDDEN, Unit.PERCENT);
            }
            return Figure.shown(Unit.PERCENT, Math.round(100.0 * values[p] / values[total]));
        }
    }
}
