package org.passage.journeys.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.passage.cases.Cases;
import org.passage.cases.CaseRef;
import org.passage.cases.Stage;
import org.passage.reports.CountTable;
import org.passage.reports.StatisticsPeriod;
import org.passage.reports.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journeys' part of the statistics page. Reads only the plaintext columns (stages, days, country codes),
 * never a sealed reason or city, and hands out nothing but counts.
 */
@Component
class JourneyStatistics implements StatisticsSource {

    private final Cases cases;
    private final JdbcClient jdbc;

    JourneyStatistics(Cases cases, JdbcClient jdbc) {
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "journeys";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CountTable> tables(UUID organizationId, StatisticsPeriod period) {
        Map<UUID, List<JourneyFigures.Change>> changes = new HashMap<>();
        jdbc.sql("""
                select case_id, from_stage, to_stage, effective_on from journey_stage_changes
                where organization_id = :org order by case_id, effective_on, recorded_at""")
                .param("org", organizationId)
                .query(rs -> {
                    String from = rs.getString(2);
                    changes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new JourneyFigures.Change(
                            from == null ? null : Stage.valueOf(from), Stage.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate()));
                });
        Map<UUID, List<JourneyFigures.Place>> places = new HashMap<>();
        jdbc.sql("select case_id, country_code, since from journey_locations where organization_id = :org order by case_id, since, recorded_at")
                .param("org", organizationId)
                .query(rs -> {
                    places.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new JourneyFigures.Place(rs.getString(2), rs.getDate(3).toLocalDate()));
                });
        List<JourneyFigures.History> histories = new ArrayList<>();
        for (CaseRef ref : cases.ofOrganization(organizationId, "journey statistics")) {
            UUID id = ref.id().value();
            histories.add(new JourneyFigures.History(LocalDate.ofInstant(ref.openedAt(), ZoneOffset.UTC), ref.stage(),
                    changes.getOrDefault(id, List.of()), places.getOrDefault(id, List.of())));
        }
        return JourneyFigures.tables(histories, period);
    }
}
