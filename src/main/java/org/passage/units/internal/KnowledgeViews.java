package org.passage.units.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the analysts' pages show beside a unit: its place in the hierarchy, its list matches and an incident's record. */
@Component
@Transactional(readOnly = true)
class KnowledgeViews {

    /** A formation above (PARENT) or a unit below (CHILD), with the dates and the source that say so. */
    record Relative(UUID unitId, String name, String relation, @Nullable LocalDate from, @Nullable LocalDate to, String source, String origin) {
    }

    /** A list entry matched to the unit, with the version it was read from and the analyst's decision. */
    record SanctionMatch(String list, String entityId, String caption, String matchedName, @Nullable Integer version,
                         @Nullable Double score, @Nullable String decision, @Nullable String reason) {
    }

    /** An incident as the incident page shows it, with who corrected it and when. */
    record IncidentPage(UUID id, String reference, LocalDate from, LocalDate to, @Nullable LocalDate published, String place,
                        @Nullable Double latitude, @Nullable Double longitude, String title, String summary, boolean civilianHarm,
                        List<String> sources, @Nullable String documentation, String origin, @Nullable Instant correctedAt,
                        @Nullable String correction) {

        /** What a correction form showed of the incident: one corrected since from another tab has another digest. */
        String shown() {
            return org.passage.web.ShownDigest.of(String.valueOf(from), String.valueOf(to), String.valueOf(published), place,
                    String.valueOf(latitude), String.valueOf(longitude), title, summary, String.valueOf(civilianHarm),
                    String.join(" ", sources), documentation, String.valueOf(correctedAt));
        }
    }

    private final JdbcClient jdbc;

    KnowledgeViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Relative> relatives(UUID unitId) {
        return jdbc.sql("""
                        select s.parent_id as other, p.name, 'PARENT' as relation, s.valid_from, s.valid_to, s.source, s.origin
                        from unit_subordinations s join units p on p.id = s.parent_id where s.unit_id = :unit
                        union all
                        select s.unit_id, c.name, 'CHILD', s.valid_from, s.valid_to, s.source, s.origin
                        from unit_subordinations s join units c on c.id = s.unit_id where s.parent_id = :unit
                        order by 3 desc, 2, 4 nulls first
                        """).param("unit", unitId)
                .query((rs, n) -> new Relative(rs.getObject("other", UUID.class), rs.getString("name"), rs.getString("relation"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("source"),
                        rs.getString("origin"))).list();
    }

    List<SanctionMatch> sanctions(UUID unitId) {
        return jdbc.sql("select list, entity_id, caption, matched_name, list_version, score, decision, decision_reason from unit_sanction_links "
                        + "where unit_id = :unit order by decision nulls first, score desc nulls last, caption").param("unit", unitId)
                .query((rs, n) -> new SanctionMatch(rs.getString("list"), rs.getString("entity_id"), rs.getString("caption"),
                        rs.getString("matched_name"), (Integer) rs.getObject("list_version"), (Double) rs.getObject("score"),
                        rs.getString("decision"), rs.getString("decision_reason"))).list();
    }

    Optional<IncidentPage> incident(UUID id) {
        return jdbc.sql("select * from incidents where id = :id").param("id", id)
                .query((rs, n) -> new IncidentPage(rs.getObject("id", UUID.class), rs.getString("dataset") + " " + rs.getString("external_id"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("published_on", LocalDate.class), rs.getString("place"), (Double) rs.getObject("latitude"),
                        (Double) rs.getObject("longitude"), rs.getString("title"), rs.getString("summary"), rs.getBoolean("civilian_harm"),
                        strings(rs.getArray("source_urls")), rs.getString("documentation"), rs.getString("origin"),
                        rs.getTimestamp("corrected_at") == null ? null : rs.getTimestamp("corrected_at").toInstant(), rs.getString("correction")))
                .optional();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
