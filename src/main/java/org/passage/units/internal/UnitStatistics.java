package org.passage.units.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts for {@code passage units status} and the search page. */
@Component
class UnitStatistics {

    private final JdbcClient jdbc;

    UnitStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        count(counts, "units", "select count(*) from units");
        count(counts, "units added by analysts", "select count(*) from units where origin = 'analyst'");
        count(counts, "aliases", "select count(*) from unit_aliases");
        count(counts, "positions", "select count(*) from unit_positions");
        count(counts, "garrisons", "select count(*) from unit_garrisons");
        count(counts, "incidents", "select count(*) from incidents");
        count(counts, "links", "select count(*) from unit_incident_links");
        count(counts, "links unreviewed", "select count(*) from unit_incident_links where decision is null and origin = 'inferred'");
        count(counts, "links confirmed", "select count(*) from unit_incident_links where decision = 'CONFIRMED'");
        count(counts, "links rejected", "select count(*) from unit_incident_links where decision = 'REJECTED'");
        count(counts, "sanction links", "select count(*) from unit_sanction_links");
        return counts;
    }

    Optional<String> lastImport() {
        return jdbc.sql("select imported_at::text || ' ' || summary || coalesce(' from ' || dataset_versions, '') from unit_imports order by imported_at desc limit 1").query(String.class).optional();
    }

    private void count(Map<String, Long> counts, String what, String sql) {
        counts.put(what, jdbc.sql(sql).query(Long.class).single());
    }
}
