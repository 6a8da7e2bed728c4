package org.passage.journeys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passage.cases.Stage;
import org.passage.journeys.internal.JourneyFigures.Change;
import org.passage.journeys.internal.JourneyFigures.History;
import org.passage.journeys.internal.JourneyFigures.Place;
import org.passage.reports.CountTable;
import org.passage.reports.StatisticsPeriod;

class JourneyFiguresTests {

    private static final LocalDate D = LocalDate.of(2026, 1, 1);
    private static final StatisticsPeriod SPRING = new StatisticsPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31));

    private static History hiding(int openedDay) {
        LocalDate opened = D.plusDays(openedDay);
        return new History(opened, Stage.HIDING_IN_RUSSIA,
                List.of(new Change(Stage.FIRST_CONTACT, Stage.HIDING_IN_RUSSIA, opened.plusDays(10))),
                List.of(new Place("RU", opened)));
    }

    private static long count(CountTable t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow().values().get(0);
    }

    @Test
    void casesAreCountedInTheirStageAndCountryOnTheLastDayOfThePeriod() {
        var cases = new ArrayList<History>();
        cases.add(hiding(0));
        cases.add(hiding(5));
        // moved on after the period: still counted where it was on 31 May
        cases.add(new History(D, Stage.IN_THIRD_COUNTRY,
                List.of(new Change(null, Stage.HIDING_IN_RUSSIA, D.plusDays(3)), new Change(Stage.HIDING_IN_RUSSIA, Stage.CROSSING, D.plusDays(200))),
                List.of(new Place("RU", D), new Place("KZ", D.plusDays(201)))));
        // closed before the period: not counted
        cases.add(new History(D, Stage.CLOSED, List.of(new Change(Stage.FIRST_CONTACT, Stage.CLOSED, D.plusDays(20))), List.of()));
        // opened after the period: not counted
        cases.add(new History(LocalDate.of(2026, 6, 2), Stage.FIRST_CONTACT, List.of(), List.of()));
        // opened with no history yet, no place
        cases.add(new History(LocalDate.of(2026, 4, 1), Stage.FIRST_CONTACT, List.of(), List.of()));

        var tables = JourneyFigures.tables(cases, SPRING);
        var byStage = tables.get(0);
        assertThat(count(byStage, "HIDING_IN_RUSSIA")).isEqualTo(3);
        assertThat(count(byStage, "FIRST_CONTACT")).isEqualTo(1);
        assertThat(count(byStage, "CLOSED")).isZero();
        var byCountry = tables.get(1);
        assertThat(byCountry.rows().stream().map(CountTable.Row::label)).containsExactly("RU", "unknown");
        assertThat(count(byCountry, "RU")).isEqualTo(3);
        var russia = tables.get(2);
        assertThat(count(russia, "in-russia")).isEqualTo(3);
        assertThat(count(russia, "elsewhere")).isEqualTo(1);
    }

    @Test
    void timeInStageCountsStaysThatEndedInThePeriodWithMediansOnlyFromFiveStays() {
        var cases = new ArrayList<History>();
        for (int i = 0; i < 5; i++) {
            // first contact from 1 March + i for 10 + i days: 10, 11, 12, 13, 14
            LocalDate opened = LocalDate.of(2026, 3, 1).plusDays(i);
            cases.add(new History(opened, Stage.HIDING_IN_RUSSIA,
                    List.of(new Change(Stage.FIRST_CONTACT, Stage.HIDING_IN_RUSSIA, opened.plusDays(10 + i))), List.of()));
        }
        var time = JourneyFigures.tables(cases, SPRING).get(3);
        var first = time.rows().stream().filter(r -> r.label().equals("FIRST_CONTACT")).findFirst().orElseThrow();
        assertThat(first.values()).containsExactly(5L, 12L, 13L);
        var hiding = time.rows().stream().filter(r -> r.label().equals("HIDING_IN_RUSSIA")).findFirst().orElseThrow();
        assertThat(hiding.values()).containsExactly(0L, null, null);
    }

    @Test
    void nearestRankPercentiles() {
        assertThat(JourneyFigures.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L), 50)).isEqualTo(3);
        assertThat(JourneyFigures.percentile(List.of(1L, 2L, 3L, 4L, 5L), 75)).isEqualTo(4);
    }
}
