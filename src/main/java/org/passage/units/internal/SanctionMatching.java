package org.passage.units.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.watchlists.Watchlists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links units to the watchlist entries that list them (OFAC lists "64TH GUARDS DETACHED MOTOR RIFLE BRIGADE",
 * the EU and UK list brigades as entities): a non-person entry matches a unit when one of its names reads as the
 * same ordinal, type and branch ({@link UnitName#key()}), or when it carries the unit's в/ч number.
 */
@Component
class SanctionMatching {

    private static final Pattern NUMBER = Pattern.compile("(?iu)(?:в/ч|military unit|войсковая часть|unit no\\.?)\\s*№?\\s*(\\d{4,6})");
    private final JdbcTemplate jdbc;
    private final Watchlists watchlists;

    SanctionMatching(JdbcTemplate jdbc, Watchlists watchlists) {
        this.jdbc = jdbc;
        this.watchlists = watchlists;
    }

    /** Replaces the sanction links from the live watchlist entries; returns how many it made. */
    int relink() {
        Map<String, UUID> byKey = new HashMap<>();
        Map<String, UUID> byNumber = new HashMap<>();
        jdbc.query("select id, unit_key, number from units", rs -> {
            byKey.put(rs.getString("unit_key"), rs.getObject("id", UUID.class));
            if (rs.getString("number") != null) {
                byNumber.put(rs.getString("number"), rs.getObject("id", UUID.class));
            }
        });
        Map<String, Object[]> links = new LinkedHashMap<>();
        watchlists.forEachLiveEntry(java.util.Set.of(), entry -> {
            var entity = entry.entity();
            if (entity.isPerson()) {
                return;
            }
            for (String name : entity.names()) {
                UnitName parsed = UnitName.parse(name);
                if (parsed.ordinal() != null && parsed.type() != UnitVocabulary.Type.UNIT && parsed.branch() != UnitVocabulary.Branch.NONE) {
                    UUID unit = byKey.get(parsed.key());
                    if (unit != null) {
                        links.putIfAbsent(unit + entry.list() + entity.id(), new Object[] {unit, entry.list(), entity.id(),
                                entity.caption() + " (" + entry.list() + ")", name});
                        return;
                    }
                }
            }
            for (List<String> values : entity.properties().values()) {
                for (String value : values) {
                    Matcher m = NUMBER.matcher(value);
                    if (m.find() && byNumber.containsKey(m.group(1))) {
                        UUID unit = byNumber.get(m.group(1));
                        links.putIfAbsent(unit + entry.list() + entity.id(), new Object[] {unit, entry.list(), entity.id(),
                                entity.caption() + " (" + entry.list() + ")", "в/ч " + m.group(1)});
                        return;
                    }
                }
            }
        });
        jdbc.update("delete from unit_sanction_links where list <> 'demo'");
        jdbc.batchUpdate("insert into unit_sanction_links (unit_id, list, entity_id, caption, matched_name) values (?, ?, ?, ?, ?) "
                + "on conflict do nothing", new ArrayList<>(links.values()));
        return links.size();
    }
}
