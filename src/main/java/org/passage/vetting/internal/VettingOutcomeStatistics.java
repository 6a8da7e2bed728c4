package org.passage.vetting.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.passage.reports.CountTable;
import org.passage.reports.CountTable.Chart;
import org.passage.reports.CountTable.Column;
import org.passage.reports.CountTable.Kind;
import org.passage.reports.StatisticsPeriod;
import org.passage.reports.StatisticsSource;
import org.passage.vetting.DecisionView.Outcome;
import org.passage.vetting.VettingStatistics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vetting on the statistics page, through the vetting's own published counts ({@link VettingStatistics}): the
 * decisions confirmed in the period by outcome, and how long they took from the case's first run. Proposed,
 * returned or reopened decisions are not outcomes yet and are not counted.
 */
@Component
class VettingOutcomeStatistics implements StatisticsSource {

    private final VettingStatistics vetting;

    VettingOutcomeStatistics(VettingStatistics vetting) {
        this.vetting = vetting;
    }

    @Override
    public String section() {
        return "vetting";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CountTable> tables(UUID organizationId, StatisticsPeriod period) {
        var outcomes = vetting.outcomesOf(organizationId, period.from(), period.to());
        var byOutcome = new CountTable("vetting-outcomes", "statistics.vetting.outcomes.title", "statistics.vetting.outcomes.text",
                "statistics.header.outcome", List.of(new Column("statistics.vetting.decisions", Kind.COUNT)),
                Arrays.stream(Outcome.values()).map(o -> new CountTable.Row(o.name(), "vetting.outcome." + o.name(),
                        List.of(outcomes.getOrDefault(o, 0L)))).toList(),
                Chart.BAR, true, true);
        var time = vetting.timeToDecision(organizationId, period.from(), period.to(), CountTable.MIN_GROUP);
        var timeToDecision = new CountTable("vetting-time-to-decision", "statistics.vetting.time.title", "statistics.vetting.time.text",
                // the row header names what the row counts: "Decisions" was also its first column's name
                "statistics.header.counted", List.of(new Column("statistics.vetting.decisions", Kind.COUNT),
                        new Column("statistics.vetting.median", Kind.DAYS)),
                List.of(new CountTable.Row("confirmed", "statistics.vetting.confirmed", java.util.Arrays.asList(time.decisions(), time.medianDays()))),
                Chart.NONE, false, false);
        return List.of(byOutcome, timeToDecision);
    }
}
