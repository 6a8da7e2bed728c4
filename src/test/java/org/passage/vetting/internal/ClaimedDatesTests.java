package org.passage.vetting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimedDatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2022-03-15 |            | 2022-03-15 | 2022-03-15",
            "2022-03    |            | 2022-03-01 | 2022-03-31",
            "2022-03    | 2022-05    | 2022-03-01 | 2022-05-31",
            "spring 2022|            | 2022-03-01 | 2022-05-31",
            "весна 2022 |            | 2022-03-01 | 2022-05-31",
            "printemps 2022 |        | 2022-03-01 | 2022-05-31",
            "winter 2022/23 |        | 2022-12-01 | 2023-02-28",
            "2021       |            | 2021-01-01 | 2021-12-31",
            "2021       | now        | 2021-01-01 | 2026-11-22",
            "2026       |            | 2026-01-01 | 2026-11-22",
            "2022-02-24 | autumn 2022| 2022-02-24 | 2022-11-30",
    })
    void earliestAndLatestDaysFollowWhatWasSaid(String from, String to, LocalDate earliest, LocalDate latest) {
        ClaimedDates dates = ClaimedDates.of(from, to == null ? "" : to, TODAY);
        assertThat(dates.earliest()).isEqualTo(earliest);
        assertThat(dates.latest()).isEqualTo(latest);
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEndField() {
        assertThatThrownBy(() -> ClaimedDates.of("2022-05", "2022-03", TODAY))
                .isInstanceOfSatisfying(InvalidVettingInput.class, e -> {
                    assertThat(e.field()).isEqualTo("to");
                    assertThat(e.messageKey()).isEqualTo("vetting.error.to.beforeFrom");
                });
    }

    @Test
    void futureDatesAreRefused() {
        assertThatThrownBy(() -> ClaimedDates.of("2027-01", "", TODAY))
                .isInstanceOfSatisfying(InvalidVettingInput.class, e -> assertThat(e.messageKey()).isEqualTo("vetting.error.date.future"));
        assertThatThrownBy(() -> ClaimedDates.of("2025", "2027-03", TODAY))
                .isInstanceOfSatisfying(InvalidVettingInput.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void unreadableAndAmbiguousDatesAreExplained() {
        assertThatThrownBy(() -> ClaimedDates.of("last March", "", TODAY))
                .isInstanceOfSatisfying(InvalidVettingInput.class, e -> assertThat(e.messageKey()).isEqualTo("vetting.error.date.unreadable"));
        assertThatThrownBy(() -> ClaimedDates.of("winter 2022", "", TODAY))
                .isInstanceOfSatisfying(InvalidVettingInput.class, e -> assertThat(e.messageKey()).isEqualTo("vetting.error.date.winter"));
        assertThatThrownBy(() -> ClaimedDates.of("2022-13", "", TODAY)).isInstanceOf(InvalidVettingInput.class);
        assertThatThrownBy(() -> ClaimedDates.of("", "2022", TODAY))
                .isInstanceOfSatisfying(InvalidVettingInput.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    /** A Russian analyst writes the day first with points: "15.03.2022" was refused as unreadable, "03.2022" too. */
    @Test
    void daysAndMonthsWrittenTheRussianWayAreRead() {
        var dates = ClaimedDates.of("15.03.2022", "05.2022", TODAY);
        assertThat(dates.earliest()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(dates.latest()).isEqualTo(LocalDate.of(2022, 5, 31));
        assertThat(dates.fromText()).isEqualTo("15.03.2022");
        assertThatThrownBy(() -> ClaimedDates.of("31.02.2022", "", TODAY)).isInstanceOf(InvalidVettingInput.class);
        assertThatThrownBy(() -> ClaimedDates.of("13.2022", "", TODAY)).isInstanceOf(InvalidVettingInput.class);
    }

    @Test
    void overlapIsInclusiveOfBothEnds() {
        var march = ClaimedDates.of("2022-03", "", TODAY);
        assertThat(march.overlaps(ClaimedDates.of("2022-03-31", "", TODAY))).isTrue();
        assertThat(march.overlaps(ClaimedDates.of("2022-04", "", TODAY))).isFalse();
    }
}
