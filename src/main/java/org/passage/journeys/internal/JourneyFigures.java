package org.passage.journeys.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.passage.cases.Stage;
import org.passage.reports.CountTable;
import org.passage.reports.CountTable.Chart;
import org.passage.reports.CountTable.Column;
import org.passage.reports.CountTable.Kind;
import org.passage.reports.StatisticsPeriod;

/**
 * The journeys' statistics, computed from each case's dated history and given out only as counts (see
 * docs/statistics.md for every definition). Pure: the histories come in, tables of raw counts go out.
 */
final class JourneyFigures {

    /** What the figures need of one case: no id, no name, only its dates, stages and countries. */
    record History(LocalDate opened, Stage current, List<Change> changes, List<Place> places) {
    }

    /** A stage change, in the order the journey log keeps them (effective day, then recorded). */
    record Change(@Nullable Stage from, Stage to, LocalDate on) {
    }

    record Place(String country, LocalDate since) {
    }

    private JourneyFigures() {
    }

    static List<CountTable> tables(List<History> cases, StatisticsPeriod period) {
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        Arrays.stream(Stage.values()).forEach(s -> byStage.put(s, 0L));
        Map<String, Long> byCountry = new TreeMap<>();
        long unknown = 0;
        long inRussia = 0;
        long openElsewhere = 0;
        Map<Stage, List<Long>> stays = new EnumMap<>(Stage.class);
        for (History h : cases) {
            for (Stay stay : stays(h)) {
                if (period.contains(stay.end())) {
                    stays.computeIfAbsent(stay.stage(), s -> new ArrayList<>()).add(ChronoUnit.DAYS.between(stay.start(), stay.end()));
                }
            }
            if (!inPeriod(h, period)) {
                continue;
            }
            Stage stage = stageOn(h, period.to());
            byStage.merge(stage, 1L, Long::sum);
            String country = countryOn(h, period.to());
            if (country == null) {
                unknown++;
            } else {
                byCountry.merge(country, 1L, Long::sum);
            }
            if (stage.isOpen()) {
                boolean russia = (stage == Stage.HIDING_IN_RUSSIA || stage == Stage.FIRST_CONTACT) && "RU".equals(country);
                if (russia) {
                    inRussia++;
                } else {
                    openElsewhere++;
                }
            }
        }
        List<CountTable.Row> stageRows = new ArrayList<>();
        byStage.forEach((s, n) -> stageRows.add(new CountTable.Row(s.name(), s.messageKey(), List.of(n))));
        List<CountTable.Row> countryRows = new ArrayList<>();
        // alphabetical, never by size: the order must not tell which of two "<5" is larger
        byCountry.forEach((c, n) -> countryRows.add(new CountTable.Row(c, CountTable.COUNTRY, List.of(n))));
        countryRows.add(new CountTable.Row("unknown", "statistics.country.unknown", List.of(unknown)));
        var cases1 = List.of(new Column("statistics.cases", Kind.COUNT));
        return List.of(
                new CountTable("cases-by-stage", "statistics.journeys.byStage.title", "statistics.journeys.byStage.text",
                        "statistics.header.stage", cases1, stageRows, Chart.BAR, true, true),
                new CountTable("cases-by-country", "statistics.journeys.byCountry.title", "statistics.journeys.byCountry.text",
                        "statistics.header.country", cases1, countryRows, Chart.BAR, true, true),
                new CountTable("still-in-russia", "statistics.journeys.inRussia.title", "statistics.journeys.inRussia.text",
                        "statistics.header.country", cases1, List.of(
                        new CountTable.Row("in-russia", "statistics.journeys.inRussia.yes", List.of(inRussia)),
                        new CountTable.Row("elsewhere", "statistics.journeys.inRussia.no", List.of(openElsewhere))),
                        Chart.BAR, true, true),
                timeInStage(stays));
    }

    private static CountTable timeInStage(Map<Stage, List<Long>> stays) {
        List<CountTable.Row> rows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage == Stage.CLOSED) {
                continue;
            }
            List<Long> days = stays.getOrDefault(stage, List.of()).stream().sorted().toList();
            boolean enough = days.size() >= CountTable.MIN_GROUP;
            rows.add(new CountTable.Row(stage.name(), stage.messageKey(), Arrays.asList((long) days.size(),
                    enough ? percentile(days, 50) : null, enough ? percentile(days, 75) : null)));
        }
        return new CountTable("time-in-stage", "statistics.journeys.timeInStage.title", "statistics.journeys.timeInStage.text",
                "statistics.header.stage", List.of(new Column("statistics.journeys.stays", Kind.COUNT),
                new Column("statistics.journeys.median", Kind.DAYS), new Column("statistics.journeys.p75", Kind.DAYS)),
                rows, Chart.NONE, false, false);
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least p % of the values at or below it. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** Open at some time in the period: opened by its last day, and not closed before its first. */
    static boolean inPeriod(History h, StatisticsPeriod period) {
        if (h.opened().isAfter(period.to())) {
            return false;
        }
        LocalDate before = period.from().minusDays(1);
        return h.opened().isAfter(before) || stageOn(h, before) != Stage.CLOSED;
    }

    /** The stage at the end of {@code day}: the last change effective by then, else the stage the case was opened in. */
    static Stage stageOn(History h, LocalDate day) {
        Stage stage = h.changes().isEmpty() ? h.current() : opening(h);
        for (Change c : h.changes()) {
            if (!c.on().isAfter(day)) {
                stage = c.to();
            }
        }
        return stage;
    }

    static @Nullable String countryOn(History h, LocalDate day) {
        String country = null;
        for (Place p : h.places()) {
            if (!p.since().isAfter(day)) {
                country = p.country();
            }
        }
        return country;
    }

    private record Stay(Stage stage, LocalDate start, LocalDate end) {
    }

    private static List<Stay> stays(History h) {
        List<Stay> stays = new ArrayList<>();
        Stage stage = opening(h);
        LocalDate start = h.opened();
        for (Change c : h.changes()) {
            if (!c.on().isBefore(start)) {
                stays.add(new Stay(stage, start, c.on()));
            }
            stage = c.to();
            start = c.on();
        }
        return stays;
    }

    private static Stage opening(History h) {
        if (h.changes().isEmpty()) {
            return h.current();
        }
        Stage from = h.changes().get(0).from();
        return from == null ? Stage.FIRST_CONTACT : from;
    }
}
