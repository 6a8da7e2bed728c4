package org.passage.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.passage.reports.StatisticsPeriod;
import org.springframework.context.support.StaticMessageSource;

class StatisticsCsvTests {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("<5")).isEqualTo("<5");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("12")).isEqualTo("12");
    }

    @Test
    void theFileSaysWhatWhenForWhomAndUnderWhichRuleThenEachTableAsSuppressed() {
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        var table = TableView.of(Suppression.apply(Tables.list(3, 7, 10)), messages, Locale.ENGLISH);
        String csv = StatisticsCsv.write(new StatisticsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                "=Ark, \"Demo\"", Instant.parse("2026-07-01T10:00:00Z"), List.of(table), messages, Locale.ENGLISH);
        assertThat(csv.split("\r\n")).containsExactly(
                "Passage statistics",
                "Organization,\"'=Ark, \"\"Demo\"\"\"",
                "Period,2026-01-01 – 2026-06-30",
                "Generated,2026-07-01T10:00:00Z",
                "Rule,Counts 1 to 4 are shown as <5",
                "",
                "t",
                "t,n,statistics.percent",
                "a,<5,[c]",
                "b,[c],[c]",
                "c,10,50 %",
                "total,20,100 %");
        assertThat(csv).doesNotContain(",3,").doesNotContain(",7,");
    }
}
