package org.passage.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One table of aggregated figures, as a feature reports it through {@link StatisticsSource}: raw counts, not
 * yet suppressed. {@code id} names it in URLs and CSV files ("cases-by-stage"); texts are message keys.
 * Rows are labelled by a plain key (a country code, a month "2026-05") or by a message key.
 *
 * @param totals     whether reports adds a total row (and a total column when there are several count columns)
 * @param percentages whether reports adds each row's share of the total of the first count column
 */
public record CountTable(String id, String titleKey, String descriptionKey, String rowHeaderKey, List<Column> columns,
                         List<Row> rows, Chart chart, boolean totals, boolean percentages) {

    /** Groups smaller than this are never shown: counts 1 to 4 appear as "&lt;5", medians of fewer cases not at all. */
    public static final int MIN_GROUP = 5;
    /** A row's labelKey saying that its label is an ISO 3166-1 country code, shown by the country's name. */
    public static final String COUNTRY = "statistics.country";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,60}");

    /** COUNT: how many; DAYS: a duration (median, percentile) over the row's cases, given by the first COUNT column. */
    public enum Kind { COUNT, DAYS }

    /** How the table is drawn: BAR (first count column), STACKED (all count columns per row), NONE. */
    public enum Chart { BAR, STACKED, NONE }

    public record Column(String labelKey, Kind kind) {
        public Column {
            Objects.requireNonNull(labelKey, "labelKey");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A row: {@code label} is shown as is unless {@code labelKey} is given; a DAYS value may be null (too few cases). */
    public record Row(String label, @Nullable String labelKey, List<@Nullable Long> values) {
        public Row {
            Objects.requireNonNull(label, "label");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public CountTable {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a table id is lower-case letters, digits and dashes: " + id);
        }
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        Objects.requireNonNull(rowHeaderKey, "rowHeaderKey");
        Objects.requireNonNull(chart, "chart");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (percentages && !totals) {
            throw new IllegalArgumentException("percentages are shares of the total, so the table needs totals");
        }
        if (columns.isEmpty() || columns.get(0).kind() != Kind.COUNT) {
            throw new IllegalArgumentException("the first column of a table counts cases");
        }
        for (Row row : rows) {
            if (row.values().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.label() + " has " + row.values().size() + " values for "
                        + columns.size() + " columns");
            }
            for (int c = 0; c < columns.size(); c++) {
                Long v = row.values().get(c);
                if (columns.get(c).kind() == Kind.COUNT && (v == null || v < 0)) {
                    throw new IllegalArgumentException("row " + row.label() + ": a count is a number of at least 0");
                }
            }
        }
    }

    /** True when every count is 0: the period has no data for this table. */
    public boolean empty() {
        return rows.stream().allMatch(r -> {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).kind() == Kind.COUNT && !Long.valueOf(0).equals(r.values().get(c))) {
                    return false;
                }
            }
            return true;
        });
    }
}
