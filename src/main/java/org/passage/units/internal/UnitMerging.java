package org.passage.units.internal;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Folds one unit into another: its aliases, positions, garrisons, incident links, sanction links and places in the
 * hierarchy move to the unit that stays (a link both had keeps the one already there), and the folded unit stays as
 * a row pointing to it ({@code merged_into}), so a period that named it, and every later import that reads its
 * name, reach the unit that stays.
 */
final class UnitMerging {

    private UnitMerging() {
    }

    static void merge(JdbcTemplate jdbc, UUID from, UUID into) {
        if (from.equals(into)) {
            throw new IllegalArgumentException("a unit is not merged into itself");
        }
        jdbc.update("insert into unit_aliases (unit_id, alias, normalized, source, origin, language) "
                + "select ?, alias, normalized, source, origin, language from unit_aliases where unit_id = ? on conflict do nothing", into, from);
        jdbc.update("delete from unit_aliases where unit_id = ?", from);
        jdbc.update("update unit_positions set unit_id = ? where unit_id = ?", into, from);
        jdbc.update("update unit_garrisons set unit_id = ? where unit_id = ?", into, from);
        // an unreviewed inferred link of the unit that stays gives way to the other's link of the same incident
        jdbc.update("delete from unit_incident_links k where k.unit_id = ? and k.origin = 'inferred' and k.decision is null and exists "
                + "(select 1 from unit_incident_links l where l.unit_id = ? and l.incident_id = k.incident_id and l.origin <> 'inferred')", into, from);
        jdbc.update("update unit_incident_links l set unit_id = ? where unit_id = ? and not exists "
                + "(select 1 from unit_incident_links k where k.unit_id = ? and k.incident_id = l.incident_id)", into, from, into);
        jdbc.update("update unit_sanction_links l set unit_id = ? where unit_id = ? and not exists "
                + "(select 1 from unit_sanction_links k where k.unit_id = ? and k.list = l.list and k.entity_id = l.entity_id)", into, from, into);
        jdbc.update("update unit_subordinations set unit_id = ? where unit_id = ? and parent_id <> ?", into, from, into);
        jdbc.update("update unit_subordinations set parent_id = ? where parent_id = ? and unit_id <> ?", into, from, into);
        jdbc.update("delete from unit_subordinations where unit_id = ? or parent_id = ?", from, from);
        jdbc.update("update units set parent_id = ? where parent_id = ? and id <> ?", into, from, into);
        jdbc.update("update units set merged_into = ? where merged_into = ?", into, from);
        jdbc.update("update units set merged_into = ?, parent_id = null where id = ?", into, from);
    }
}
