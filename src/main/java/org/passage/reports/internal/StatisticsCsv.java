package org.passage.reports.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passage.reports.StatisticsPeriod;
import org.springframework.context.MessageSource;

/**
 * The CSV file of one or all tables: a header block (what, for whom, when, under which rule), then each table as
 * shown on the page, suppression marks included. Built only from {@link TableView}s, which hold no hidden value.
 */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String write(StatisticsPeriod period, String organization, Instant generated, List<TableView> tables,
                        MessageSource messages, Locale locale) {
        var csv = new Csv();
        csv.row("Passage statistics");
        csv.row(messages.getMessage("statistics.csv.organization", null, "Organization", locale), organization);
        csv.row(messages.getMessage("statistics.csv.period", null, "Period", locale), period.from() + " – " + period.to());
        csv.row(messages.getMessage("statistics.csv.generated", null, "Generated", locale), StatisticsPage.stamp(generated));
        csv.row(messages.getMessage("statistics.csv.rule", null, "Rule", locale),
                messages.getMessage("statistics.rule", null, "Counts 1 to 4 are shown as <5", locale));
        for (TableView table : tables) {
            csv.row();
            csv.row(table.title());
            List<String> header = new ArrayList<>();
            header.add(table.rowHeader());
            header.addAll(table.headers());
            csv.row(header);
            for (TableView.RowView row : table.rows()) {
                csv.row(line(row));
            }
            if (table.total() != null) {
                csv.row(line(table.total()));
            }
        }
        return csv.toString();
    }

    private static List<String> line(TableView.RowView row) {
        List<String> cells = new ArrayList<>();
        cells.add(row.label());
        cells.addAll(row.texts());
        return cells;
    }
}
