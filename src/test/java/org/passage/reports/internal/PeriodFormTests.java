package org.passage.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void blankMeansTheLastTwelveMonthsUpToToday() {
        var period = new PeriodForm(null, " ").period(TODAY);
        assertThat(period.from()).isEqualTo(LocalDate.of(2025, 11, 23));
        assertThat(period.to()).isEqualTo(TODAY);
        assertThat(new PeriodForm("", "2026-03-31").period(TODAY).from()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void eachBadFieldIsNamed() {
        assertThatThrownBy(() -> new PeriodForm("2026-02-30", null).period(TODAY))
                .isInstanceOfSatisfying(PeriodForm.InvalidPeriod.class, e -> assertThat(e.field()).isEqualTo("from"));
        assertThatThrownBy(() -> new PeriodForm(null, "1999-12-31").period(TODAY))
                .isInstanceOfSatisfying(PeriodForm.InvalidPeriod.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> new PeriodForm("2026-05-02", "2026-05-01").period(TODAY))
                .isInstanceOfSatisfying(PeriodForm.InvalidPeriod.class, e -> assertThat(e.messageKey()).isEqualTo("statistics.error.order"));
        assertThatThrownBy(() -> new PeriodForm("2001-01-01", "2026-01-01").period(TODAY))
                .isInstanceOfSatisfying(PeriodForm.InvalidPeriod.class, e -> assertThat(e.messageKey()).isEqualTo("statistics.error.long"));
    }
}
