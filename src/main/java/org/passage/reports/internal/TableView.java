package org.passage.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.passage.reports.CountTable;
import org.springframework.context.MessageSource;

/**
 * A suppressed table in words of the reader's language, as the page, the chart and the CSV show it, so the three
 * can never disagree.
 */
record TableView(String id, String title, String description, String rowHeader, List<String> headers, List<RowView> rows,
                 @Nullable RowView total, String svg, boolean anySuppressed) {

    record RowView(String label, List<String> texts) {
    }

    static TableView of(SafeTable table, MessageSource messages, Locale locale) {
        CountTable source = table.source();
        String title = text(messages, source.titleKey(), locale);
        String description = text(messages, source.descriptionKey(), locale);
        List<String> headers = table.headerKeys().stream().map(k -> text(messages, k, locale)).toList();
        List<RowView> rows = table.rows().stream().map(r -> row(r, messages, locale)).toList();
        RowView total = table.total() == null ? null : row(table.total(), messages, locale);
        return new TableView(source.id(), title, description, text(messages, source.rowHeaderKey(), locale), headers, rows,
                total, chart(table, title, description, headers, rows), table.anySuppressed());
    }

    private static String chart(SafeTable table, String title, String description, List<String> headers, List<RowView> rows) {
        CountTable source = table.source();
        if (source.chart() == CountTable.Chart.NONE || table.rows().isEmpty()) {
            return "";
        }
        List<Integer> series = new ArrayList<>();
        for (int c = 0; c < source.columns().size(); c++) {
            if (source.columns().get(c).kind() == CountTable.Kind.COUNT
                    && (source.chart() == CountTable.Chart.STACKED || series.isEmpty())) {
                series.add(c);
            }
        }
        List<SvgChart.Bar> bars = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            SafeTable.Line line = table.rows().get(r);
            bars.add(new SvgChart.Bar(rows.get(r).label(), series.stream().map(c -> line.figures().get(c)).toList()));
        }
        return SvgChart.render("chart-" + source.id(), title, description, series.stream().map(headers::get).toList(), bars);
    }

    private static RowView row(SafeTable.Line line, MessageSource messages, Locale locale) {
        String label;
        if (line.labelKey() == null) {
            label = line.label();
        } else if (CountTable.COUNTRY.equals(line.labelKey())) {
            label = Locale.of("", line.label()).getDisplayCountry(locale) + " (" + line.label() + ")";
        } else {
            label = messages.getMessage(line.labelKey(), null, line.label(), locale);
        }
        return new RowView(label, line.figures().stream().map(Figure::text).toList());
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
