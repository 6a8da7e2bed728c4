package org.passage.web;

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
}
