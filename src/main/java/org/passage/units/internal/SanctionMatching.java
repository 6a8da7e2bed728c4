package org.passage.units.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.units.spi.OrganizationMatching;
import org.passage.watchlists.ListedEntity;
import org.passage.watchlists.ListedEntry;
import org.passage.watchlists.Watchlists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links units to the entries of every imported list that may name them, for an analyst to confirm or reject. The
 * organization entries (not persons) of all live lists go into the screening engine's index ({@link OrganizationMatching},
 * provided by screening), and each unit is
 * screened under all its names — Russian, Ukrainian, English and their Latin spellings — so a list that sanctions
 * "Батальон Спарта" reaches the unit an applicant called "Sparta battalion". The engine's score decides, at the
 * screening threshold; a numbered unit is linked only when the entry's name has the same ordinal and no conflicting
 * type or branch (the engine alone would tie the 64th to the 46th brigade by their shared words), or when the
 * entry carries its в/ч number. Each link keeps the list, the entry id, the list version and the score; decisions
 * already taken stay, matches no longer found and not decided go.
 */
@Component
class SanctionMatching {

    private static final Pattern NUMBER = Pattern.compile("(?iu)(?:в/ч|military unit|войсковая часть|unit no\\.?)\\s*№?\\s*(\\d{4,6})");
    private static final Set<String> ORGANIZATIONS = Set.of("Organization", "Company", "LegalEntity", "PublicBody");
    private static final int CANDIDATES = 10;

    private final JdbcTemplate jdbc;
    private final Watchlists watchlists;
    private final OrganizationMatching matching;

    SanctionMatching(JdbcTemplate jdbc, Watchlists watchlists, OrganizationMatching matching) {
        this.jdbc = jdbc;
        this.watchlists = watchlists;
        this.matching = matching;
    }

    private record Unit(UUID id, String key, String name, List<String> names, String number) {
    }

    /** Re-reads the live lists and replaces the undecided sanction links; returns how many links the lists give now. */
    int relink() {
        Map<UUID, Unit> units = units();
        Map<String, ListedEntry> entries = new HashMap<>();
        List<ListedEntity> indexed = new ArrayList<>();
        Map<String, UUID> byNumber = new HashMap<>();
        units.values().stream().filter(u -> u.number() != null).forEach(u -> byNumber.put(u.number(), u.id()));
        Map<String, UUID> byKey = new HashMap<>();
        units.values().forEach(u -> byKey.put(u.key(), u.id()));
        Map<String, Object[]> links = new LinkedHashMap<>();
        watchlists.forEachLiveEntry(Set.of(), entry -> {
            ListedEntity e = entry.entity();
            if (!ORGANIZATIONS.contains(e.schema())) {
                return;
            }
            String id = entry.list() + "\u001f" + e.id();
            entries.put(id, entry);
            indexed.add(new ListedEntity(id, e.schema(), e.caption(), Map.of("name", e.names()), e.dataset()));
            // a numbered unit the entry names exactly (same ordinal, type and branch), whatever the words around it
            for (String name : e.names()) {
                UnitName parsed = UnitName.parse(name);
                UUID unit = parsed.ordinal() != null && parsed.type() != UnitVocabulary.Type.UNIT && parsed.branch() != UnitVocabulary.Branch.NONE
                        ? byKey.get(parsed.key()) : null;
                if (unit != null) {
                    link(links, unit, entry, name, 1.0);
                    break;
                }
            }
            for (List<String> values : e.properties().values()) {
                for (String value : values) {
                    Matcher m = NUMBER.matcher(value);
                    if (m.find() && byNumber.containsKey(m.group(1))) {
                        link(links, byNumber.get(m.group(1)), entry, "в/ч " + m.group(1), 1.0);
                    }
                }
            }
        });
        Map<String, List<String>> queries = new LinkedHashMap<>();
        units.values().forEach(u -> queries.put(u.id().toString(), u.names()));
        matching.match(queries, indexed, CANDIDATES).forEach((unitId, found) -> {
            Unit unit = units.get(UUID.fromString(unitId));
            for (OrganizationMatching.Scored match : found) {
                ListedEntry entry = entries.get(match.id());
                if (entry != null && sameUnit(unit, entry.entity())) {
                    link(links, unit.id(), entry, entry.entity().caption(), match.score());
                }
            }
        });
        store(links);
        return links.size();
    }

    /** A numbered unit and an entry naming a numbered unit agree on ordinal, type and branch; named ones are left to the score. */
    static boolean sameUnit(Unit unit, ListedEntity entity) {
        UnitName own = UnitName.parse(unit.name());
        for (String name : entity.names()) {
            UnitName listed = UnitName.parse(name);
            if (listed.ordinal() == null && own.ordinal() == null) {
                return true;
            }
            if (listed.ordinal() != null && own.ordinal() != null && UnitMatcher.score(own, listed) > 0) {
                return true;
            }
        }
        return false;
    }

    private static void link(Map<String, Object[]> links, UUID unit, ListedEntry entry, String matched, double score) {
        links.merge(unit + "\u001f" + entry.list() + "\u001f" + entry.entity().id(), new Object[] {unit, entry.list(), entry.entity().id(),
                entry.entity().caption() + " (" + entry.list() + ")", matched, entry.version(), score},
                (a, b) -> (double) a[6] >= (double) b[6] ? a : b);
    }

    private Map<UUID, Unit> units() {
        Map<UUID, Unit> units = new LinkedHashMap<>();
        jdbc.query("select id, unit_key, name, number from units where merged_into is null", rs -> {
            UUID id = rs.getObject("id", UUID.class);
            units.put(id, new Unit(id, rs.getString("unit_key"), rs.getString("name"), new ArrayList<>(List.of(rs.getString("name"))),
                    rs.getString("number")));
        });
        jdbc.query("select unit_id, alias from unit_aliases where alias not like 'в/ч %'", rs -> {
            Unit unit = units.get(rs.getObject("unit_id", UUID.class));
            if (unit != null && !unit.names().contains(rs.getString("alias")) && unit.names().size() < 40) {
                unit.names().add(rs.getString("alias"));
            }
        });
        return units;
    }

    private void store(Map<String, Object[]> links) {
        // what the lists no longer say and nobody decided goes; decisions stay (a rejected match is not offered again)
        List<Object[]> gone = new ArrayList<>();
        jdbc.query("select unit_id, list, entity_id from unit_sanction_links where list <> 'demo' and decision is null", rs -> {
            UUID unit = rs.getObject(1, UUID.class);
            if (!links.containsKey(unit + "\u001f" + rs.getString(2) + "\u001f" + rs.getString(3))) {
                gone.add(new Object[] {unit, rs.getString(2), rs.getString(3)});
            }
        });
        jdbc.batchUpdate("delete from unit_sanction_links where unit_id = ? and list = ? and entity_id = ?", gone);
        jdbc.batchUpdate("insert into unit_sanction_links (unit_id, list, entity_id, caption, matched_name, list_version, score) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict (unit_id, list, entity_id) do update set caption = excluded.caption, "
                + "matched_name = excluded.matched_name, list_version = excluded.list_version, score = excluded.score", new ArrayList<>(links.values()));
    }
}
