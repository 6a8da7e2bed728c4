package org.passage.reports;

import java.util.List;
import java.util.UUID;

/**
 * A feature's contribution to the statistics page: declare one as a bean. It answers with tables of
 * aggregated counts for one organization and period, computed by the feature's own queries; nothing about a
 * single person ever crosses this interface (no ids, no names, no dates of one case). The counts are raw: the
 * reports feature applies small-count suppression before anything is shown or exported, so a source must not
 * round or hide anything itself, and must leave a {@link CountTable.Kind#DAYS} figure out (null) when its row
 * counts fewer than {@link CountTable#MIN_GROUP} cases.
 *
 * <p>Known sections (message key {@code statistics.section.<section>}): "journeys", "checkins", "vetting",
 * "referrals". The page shows a section that no source provides yet as "not available".
 */
public interface StatisticsSource {

    /** The section the tables belong to, e.g. "vetting". */
    String section();

    /** Where the section appears on the page (journeys 10, check-ins 20, vetting 30, referrals 40). */
    int order();

    List<CountTable> tables(UUID organizationId, StatisticsPeriod period);
}
