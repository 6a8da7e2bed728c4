package org.passage.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatePeriodTests {

    private static DatePeriod period(String text) {
        return DatePeriod.parse(text);
    }

    @Test
    void daysMonthsYearsAndSeasons() {
        assertThat(period("2022-03-15")).isEqualTo(new DatePeriod(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 3, 15), "2022-03-15"));
        assertThat(period("2022-02")).extracting(DatePeriod::from, DatePeriod::to)
                .containsExactly(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28));
        assertThat(period("2016").to()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(period("Spring 2022")).extracting(DatePeriod::from, DatePeriod::to)
                .containsExactly(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 5, 31));
        assertThat(period("весна 2022").from()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(period("winter 2023/24")).extracting(DatePeriod::from, DatePeriod::to)
                .containsExactly(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 2, 29));
        assertThat(period("spring 2022").label()).isEqualTo("spring 2022");
    }

    @Test
    void ranges() {
        assertThat(period("2022-03-01..2022-04-15")).extracting(DatePeriod::from, DatePeriod::to)
                .containsExactly(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 15));
        assertThat(period("2022-03 .. 2022-05").to()).isEqualTo(LocalDate.of(2022, 5, 31));
        assertThat(period("2022-03-01/2022-03-30").to()).isEqualTo(LocalDate.of(2022, 3, 30));
        assertThat(period("2022-03 to summer 2022").to()).isEqualTo(LocalDate.of(2022, 8, 31));
    }

    @Test
    void refusesWhatCannotBeRead() {
        assertThatThrownBy(() -> period("winter 2022")).hasMessageContaining("ambiguous");
        assertThatThrownBy(() -> period("2022-02-30")).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> period("2022-05..2022-03")).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> period("last March")).hasMessageContaining("cannot read");
        assertThatThrownBy(() -> period("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> period("winter 2022/25")).hasMessageContaining("consecutive");
    }
}
