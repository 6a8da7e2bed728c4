package org.passage.days;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class TypedDayTests {

    @Test
    void readsTheDayAsPagesPrintItAndAsRussiansWriteIt() {
        assertThat(TypedDay.parse("2026-12-07")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(TypedDay.parse(" 07.12.2026 ")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(TypedDay.parse("7.12.2026")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(TypedDay.parse("07.12.2026.")).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(TypedDay.parse("2026-3-2")).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void refusesSlashesTwoDigitYearsAndDaysThatDoNotExist() {
        for (String typed : new String[] {"07/12/2026", "12/07/2026", "07.12.26", "31.02.1990", "2026-13-01", "", "вчера", "2026-12-07T10:00"}) {
            assertThatThrownBy(() -> TypedDay.parse(typed)).as(typed).isInstanceOf(DateTimeParseException.class);
        }
    }

    @Test
    void aDayWrittenDayFirstIsKnownByItsShapeWhetherOrNotSuchADayExists() {
        assertThat(TypedDay.isDayFirst("15.03.2022")).isTrue();
        assertThat(TypedDay.isDayFirst(" 31.02.2022 ")).isTrue();
        assertThat(TypedDay.isDayFirst("2022-03-15")).isFalse();
        assertThat(TypedDay.isDayFirst("03.2022")).isFalse();
    }

    @Test
    void aMonthIsReadWithItsNumberFirstOrAfterTheYear() {
        assertThat(TypedDay.parseMonth("03.2022")).contains(java.time.YearMonth.of(2022, 3));
        assertThat(TypedDay.parseMonth("2022-03")).contains(java.time.YearMonth.of(2022, 3));
        assertThat(TypedDay.parseMonth("3.2022")).contains(java.time.YearMonth.of(2022, 3));
        assertThat(TypedDay.parseMonth("15.03.2022")).isEmpty();
        assertThat(TypedDay.parseMonth("spring 2022")).isEmpty();
        assertThatThrownBy(() -> TypedDay.parseMonth("13.2022")).isInstanceOf(DateTimeParseException.class);
    }
}
