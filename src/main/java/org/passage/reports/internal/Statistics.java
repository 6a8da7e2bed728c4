package org.passage.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.passage.reports.CountTable;
import org.passage.reports.StatisticsPeriod;
import org.passage.reports.StatisticsSource;
import org.springframework.stereotype.Service;

/**
 * Asks every feature for its tables and puts each one through {@link Suppression}: nothing leaves this class
 * unsuppressed. The sections the page promises (vetting, referrals) are listed even before a feature provides them.
 */
@Service
class Statistics {

    static final List<String> KNOWN_SECTIONS = List.of("journeys", "checkins", "vetting", "referrals");
    private final List<StatisticsSource> sources;

    Statistics(List<StatisticsSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(StatisticsSource::order)).toList();
    }

    Report report(UUID organizationId, StatisticsPeriod period) {
        Map<String, List<SafeTable>> provided = new LinkedHashMap<>();
        for (StatisticsSource source : sources) {
            var tables = provided.computeIfAbsent(source.section(), k -> new ArrayList<>());
            for (CountTable table : source.tables(organizationId, period)) {
                tables.add(Suppression.apply(table));
            }
        }
        List<Report.Section> sections = new ArrayList<>();
        provided.forEach((key, tables) -> sections.add(new Report.Section(key, true, tables)));
        for (String key : KNOWN_SECTIONS) {
            if (!provided.containsKey(key)) {
                sections.add(new Report.Section(key, false, List.of()));
            }
        }
        return new Report(period, sections);
    }
}
