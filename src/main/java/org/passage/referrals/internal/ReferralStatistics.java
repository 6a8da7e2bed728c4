package org.passage.referrals.internal;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Referrals on the statistics page: those the organization sent in the period, by partner and by their status
 * today, and the answers it gave in the period to referrals it received. Reads only plaintext columns (status,
 * days, the partner's name), never a sealed summary, and hands out nothing but counts.
 */
@Component
class ReferralStatistics implements StatisticsSource {

    private static final List<ReferralStatus> SENT = List.of(ReferralStatus.PENDING, ReferralStatus.ACCEPTED,
            ReferralStatus.DECLINED, ReferralStatus.WITHDRAWN);
    private final JdbcClient jdbc;
    private final Partners partners;

    ReferralStatistics(JdbcClient jdbc, Partners partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    @Override
    public String section() {
        return "referrals";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CountTable> tables(UUID organizationId, StatisticsPeriod period) {
        var start = Timestamp.from(period.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        var end = Timestamp.from(period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return List.of(sent(organizationId, start, end), received(organizationId, start, end));
    }

    /** Every partner on the list, and any removed one that got a referral in the period, by name. */
    private CountTable sent(UUID organizationId, Timestamp start, Timestamp end) {
        // names are sealed: count per partner row, open each name once, then sort and merge equal names as before
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                select p.id, p.organization_id, p.name, p.name_plaintext, r.status, count(r.id) as n
                from referral_partners p
                left join referrals r on r.partner_id = p.id and r.referred_at >= :start and r.referred_at < :end
                where p.organization_id = :org
                group by p.id, r.status
                having p.active or count(r.id) > 0""")
                .param("org", organizationId).param("start", start).param("end", end)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    if (!names.containsKey(id)) {
                        names.put(id, partners.name(rs));
                    }
                    long[] row = counts.computeIfAbsent(id, k -> new long[SENT.size()]);
                    String status = rs.getString("status");
                    if (status != null) {
                        row[SENT.indexOf(ReferralStatus.valueOf(status))] += rs.getLong("n");
                    }
                });
        Map<String, long[]> byPartner = new LinkedHashMap<>();
        names.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<UUID, String> e) -> e.getValue().toLowerCase(Locale.ROOT))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    long[] total = byPartner.computeIfAbsent(e.getValue(), k -> new long[SENT.size()]);
                    long[] n = counts.get(e.getKey());
                    for (int i = 0; i < total.length; i++) {
                        total[i] += n[i];
                    }
                });
        List<CountTable.Row> rows = new ArrayList<>();
        byPartner.forEach((name, n) -> rows.add(new CountTable.Row(name, null, List.of(n[0], n[1], n[2], n[3]))));
        return new CountTable("referrals-sent", "statistics.referrals.sent.title", "statistics.referrals.sent.text",
                "statistics.header.partner", SENT.stream().map(s -> new Column("statistics.referrals." + s.name().toLowerCase(java.util.Locale.ROOT), Kind.COUNT)).toList(),
                rows, Chart.STACKED, true, false);
    }

    private CountTable received(UUID organizationId, Timestamp start, Timestamp end) {
        Map<String, Long> answered = new LinkedHashMap<>();
        answered.put(ReferralStatus.ACCEPTED.name(), 0L);
        answered.put(ReferralStatus.DECLINED.name(), 0L);
        jdbc.sql("""
                select status, count(*) from referrals
                where to_organization_id = :org and status in ('ACCEPTED', 'DECLINED') and answered_at >= :start and answered_at < :end
                group by status""")
                .param("org", organizationId).param("start", start).param("end", end)
                .query(rs -> {
                    answered.put(rs.getString(1), rs.getLong(2));
                });
        List<CountTable.Row> rows = new ArrayList<>();
        answered.forEach((status, n) -> rows.add(new CountTable.Row(status,
                "statistics.referrals." + status.toLowerCase(java.util.Locale.ROOT), List.of(n))));
        return new CountTable("referrals-received", "statistics.referrals.received.title", "statistics.referrals.received.text",
                "statistics.header.answer", List.of(new Column("statistics.header.referrals", Kind.COUNT)),
                rows, Chart.BAR, true, true);
    }
}
