package org.passage.checkins.internal;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.passage.reports.CountTable;
import org.passage.reports.CountTable.Chart;
import org.passage.reports.CountTable.Column;
import org.passage.reports.CountTable.Kind;
import org.passage.reports.StatisticsPeriod;
import org.passage.reports.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in reliability per month (UTC) for the statistics page: on time (no missed-check-in alert before it),
 * late (the first check-in after such an alert), missed (an alert due in the period with no check-in since).
 * Each missed due time is either late or missed, never both. Only counts leave this class.
 */
@Component
class CheckInStatistics implements StatisticsSource {

    private final JdbcClient jdbc;

    CheckInStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "checkins";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CountTable> tables(UUID organizationId, StatisticsPeriod period) {
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (var m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            months.put(m, new long[3]);
        }
        var start = Timestamp.from(period.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        var end = Timestamp.from(period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        jdbc.sql("""
                select to_char(c.at at time zone 'UTC', 'YYYY-MM') as month,
                       exists (select 1 from checkin_alerts a where a.case_id = c.case_id and a.kind = 'MISSED' and a.due_at < c.at
                               and not exists (select 1 from checkins p where p.case_id = c.case_id and p.at > a.due_at and p.at < c.at))
                         as late,
                       count(*) as n
                from checkins c where c.organization_id = :org and c.at >= :start and c.at < :end
                group by 1, 2""")
                .param("org", organizationId).param("start", start).param("end", end)
                .query(rs -> {
                    long[] row = months.get(YearMonth.parse(rs.getString("month")));
                    if (row != null) {
                        row[rs.getBoolean("late") ? 1 : 0] += rs.getLong("n");
                    }
                });
        jdbc.sql("""
                select to_char(a.due_at at time zone 'UTC', 'YYYY-MM') as month, count(*) as n
                from checkin_alerts a where a.organization_id = :org and a.kind = 'MISSED' and a.due_at >= :start and a.due_at < :end
                  and not exists (select 1 from checkins c where c.case_id = a.case_id and c.at > a.due_at)
                group by 1""")
                .param("org", organizationId).param("start", start).param("end", end)
                .query(rs -> {
                    long[] row = months.get(YearMonth.parse(rs.getString("month")));
                    if (row != null) {
                        row[2] += rs.getLong("n");
                    }
                });
        List<CountTable.Row> rows = new ArrayList<>();
        months.forEach((m, n) -> rows.add(new CountTable.Row(m.toString(), null, List.of(n[0], n[1], n[2]))));
        return List.of(new CountTable("checkin-reliability", "statistics.checkins.reliability.title",
                "statistics.checkins.reliability.text", "statistics.header.month",
                List.of(new Column("statistics.checkins.onTime", Kind.COUNT), new Column("statistics.checkins.late", Kind.COUNT),
                        new Column("statistics.checkins.missed", Kind.COUNT)),
                rows, Chart.STACKED, true, false));
    }
}
