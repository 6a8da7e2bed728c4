package org.passage.units.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.passage.geo.Coordinates;
import org.passage.units.FormationIncident;
import org.passage.units.IncidentRecord;
import org.passage.units.NearbyIncident;
import org.passage.units.UnitDirectory;
import org.passage.units.UnitIncidentView;
import org.passage.units.UnitMatch;
import org.passage.units.UnitPosition;
import org.passage.units.UnitView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit knowledge base read from PostgreSQL; resolution narrows by number or ordinal in SQL, then ranks in Java. */
@Service
@Transactional(readOnly = true)
class JdbcUnitDirectory implements UnitDirectory {

    private static final String UNIT_COLUMNS = "select u.id, u.name, u.number, coalesce(p.name, u.parent_name) as parent_name, "
            + "u.formation_type, u.affiliation, u.exists_from, u.exists_to from units u left join units p on p.id = u.parent_id ";
    private final JdbcClient jdbc;

    JdbcUnitDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnitMatch> resolve(String text, int limit) {
        if (text == null || text.isBlank() || text.length() > 300) {
            return List.of();
        }
        UnitName query = UnitName.parse(text);
        String where;
        Map<String, Object> params = new HashMap<>();
        if (query.number() != null) {
            where = "where u.number = :number or exists (select 1 from unit_aliases a where a.unit_id = u.id and a.normalized like :alias)";
            params.put("number", query.number());
            params.put("alias", "%" + query.number() + "%");
        } else if (query.ordinal() != null) {
            where = "where exists (select 1 from unit_aliases a where a.unit_id = u.id and (a.normalized like :start or a.normalized like :inside)) "
                    + "or u.name like :name";
            params.put("start", query.ordinal() + " %");
            params.put("inside", "% " + query.ordinal() + " %");
            params.put("name", query.ordinal() + "%");
        } else {
            where = "";
        }
        where = where.isEmpty() ? "where u.merged_into is null" : "where u.merged_into is null and (" + where.substring("where ".length()) + ")";
        return UnitMatcher.rank(text, views(where, params), limit);
    }

    @Override
    public Optional<UnitView> unit(UUID unitId) {
        return views("where u.id = coalesce((select m.merged_into from units m where m.id = :id), :id)", Map.of("id", unitId)).stream().findFirst();
    }

    /** Units a search page lists: by name, alias (either script) or number. */
    List<UnitView> search(String text, int limit) {
        if (text.isBlank()) {
            return first("where u.merged_into is null", Map.of(), limit);
        }
        List<UnitMatch> ranked = resolve(text, limit);
        if (!ranked.isEmpty()) {
            return ranked.stream().map(UnitMatch::unit).toList();
        }
        return first("where u.merged_into is null and exists (select 1 from unit_aliases a where a.unit_id = u.id and a.normalized like :q)",
                Map.of("q", "%" + UnitName.searchForm(text) + "%"), limit);
    }

    /** The first {@code limit} units by name in {@link UnitOrder} (numbers by value), which SQL's text order is not. */
    private List<UnitView> first(String where, Map<String, Object> params, int limit) {
        record Named(UUID id, String name) {
        }
        List<UUID> ids = jdbc.sql("select u.id, u.name from units u " + where).params(params)
                .query((rs, row) -> new Named(rs.getObject("id", UUID.class), rs.getString("name"))).list().stream()
                .sorted(Comparator.comparing(Named::name, UnitOrder.NAMES)).limit(limit).map(Named::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, UnitView> views = new HashMap<>();
        views("where u.id in (:ids)", Map.of("ids", ids)).forEach(v -> views.put(v.id(), v));
        return ids.stream().map(views::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<UnitIncidentView> incidentsDuring(UUID unitId, LocalDate from, LocalDate to) {
        // a link an analyst rejected is kept (so no import adds it again) but is no longer a link
        return links(unitId, from, to).stream().filter(l -> !"REJECTED".equals(l.decision())).map(IncidentLink::incident).toList();
    }

    /** The links of a unit with what the review page needs besides the public view. */
    List<IncidentLink> links(UUID unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select l.id as link_id, l.confidence, l.basis, l.origin, l.decision, l.decision_reason, l.reviewed_at, l.distance_km,
                               l.source_urls as link_urls, i.id, i.title, i.place, i.latitude, i.longitude, i.starts_on, i.ends_on, i.summary,
                               i.source_urls, i.dataset, i.external_id
                        from unit_incident_links l join incidents i on i.id = l.incident_id
                        where l.unit_id = :unit and i.starts_on <= :to and i.ends_on >= :from
                        order by case l.confidence when 'CONFIRMED' then 0 when 'PROBABLE' then 1 else 2 end, l.distance_km nulls first,
                                 i.starts_on
                        """)
                .param("unit", unitId).param("from", from).param("to", to)
                .query((rs, n) -> new IncidentLink(rs.getObject("link_id", UUID.class), view(rs), rs.getString("basis"),
                        rs.getString("origin"), rs.getString("decision"), rs.getString("decision_reason"),
                        rs.getString("dataset") + " " + rs.getString("external_id")))
                .list();
    }

    private static UnitIncidentView view(ResultSet rs) throws SQLException {
        List<String> urls = new ArrayList<>(strings(rs.getArray("link_urls")));
        strings(rs.getArray("source_urls")).stream().filter(u -> !urls.contains(u)).forEach(urls::add);
        double lat = rs.getDouble("latitude");
        boolean located = !rs.wasNull();
        double lon = rs.getDouble("longitude");
        String decision = rs.getString("decision");
        var confidence = "CONFIRMED".equals(decision) ? UnitIncidentView.Confidence.CONFIRMED
                : UnitIncidentView.Confidence.valueOf(rs.getString("confidence"));
        return new UnitIncidentView(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("place"),
                located ? new Coordinates(lat, lon) : null, rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("summary"), confidence, urls, decision != null || "analyst".equals(rs.getString("origin")),
                decision == null && "inferred".equals(rs.getString("origin")),
                IncidentRecord.of(rs.getString("dataset"), rs.getString("external_id")), rs.getString("basis"));
    }

    @Override
    public List<FormationIncident> formationIncidentsDuring(UUID unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        with relatives as (
                            select s.parent_id as via, 'PARENT' as relation, s.source from unit_subordinations s
                            where s.unit_id = :unit and (s.valid_from is null or s.valid_from <= :to) and (s.valid_to is null or s.valid_to >= :from)
                            union all
                            select s.unit_id, 'CHILD', s.source from unit_subordinations s
                            where s.parent_id = :unit and (s.valid_from is null or s.valid_from <= :to) and (s.valid_to is null or s.valid_to >= :from))
                        select distinct on (r.via, i.id) r.via, r.relation, r.source as subordination, v.name as via_name, l.covers_formation,
                               l.id as link_id, l.confidence, l.basis, l.origin, l.decision, l.source_urls as link_urls, i.id, i.title, i.place,
                               i.latitude, i.longitude, i.starts_on, i.ends_on, i.summary, i.source_urls, i.dataset, i.external_id
                        from relatives r join units v on v.id = r.via and v.merged_into is null
                             join unit_incident_links l on l.unit_id = r.via join incidents i on i.id = l.incident_id
                        where r.via <> :unit and i.starts_on <= :to and i.ends_on >= :from
                          and (l.decision = 'CONFIRMED' or l.decision is null and l.origin in ('analyst', 'curated'))
                        order by r.via, i.id, r.relation
                        """)
                .param("unit", unitId).param("from", from).param("to", to)
                .query((rs, n) -> new FormationIncident(view(rs), rs.getObject("via", UUID.class), rs.getString("via_name"),
                        FormationIncident.Relation.valueOf(rs.getString("relation")), rs.getBoolean("covers_formation"), rs.getString("subordination")))
                .list();
    }

    @Override
    public List<NearbyIncident> incidentsNear(Coordinates place, double km, LocalDate from, LocalDate to) {
        double dLat = km / 111.0;
        double dLon = km / (111.0 * Math.max(0.05, Math.cos(Math.toRadians(place.latitude()))));
        List<NearbyIncident> found = jdbc.sql("""
                        select i.id, i.dataset, i.external_id, i.title, i.place, i.latitude, i.longitude, i.starts_on, i.ends_on, i.summary,
                               i.source_urls, i.origin, i.documentation,
                               exists (select 1 from unit_incident_links l where l.incident_id = i.id
                                       and (l.decision = 'CONFIRMED' or l.decision is null and l.origin = 'analyst' and l.confidence = 'CONFIRMED'))
                                   as confirmed
                        from incidents i
                        where i.civilian_harm and i.starts_on <= :to and i.ends_on >= :from
                          and i.latitude between :south and :north and i.longitude between :west and :east
                        """)
                .param("from", from).param("to", to).param("south", place.latitude() - dLat).param("north", place.latitude() + dLat)
                .param("west", place.longitude() - dLon).param("east", place.longitude() + dLon)
                .query((rs, n) -> {
                    Coordinates at = new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude"));
                    List<String> urls = strings(rs.getArray("source_urls"));
                    // an analyst's incident is established unless he said it is only reported; a curated one as its file says
                    String level = rs.getString("documentation");
                    var documentation = "ESTABLISHED".equals(level) || level == null && "analyst".equals(rs.getString("origin")) || rs.getBoolean("confirmed")
                            ? NearbyIncident.Documentation.ESTABLISHED
                            : urls.isEmpty() ? NearbyIncident.Documentation.UNSOURCED : NearbyIncident.Documentation.SOURCED;
                    return new NearbyIncident(rs.getObject("id", UUID.class), IncidentRecord.of(rs.getString("dataset"), rs.getString("external_id")),
                            rs.getString("title"), rs.getString("place"), at, rs.getObject("starts_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class), rs.getString("summary"), urls, documentation, LinkInference.kilometres(place.latitude(), place.longitude(), at.latitude(), at.longitude()));
                })
                .list();
        return found.stream().filter(i -> i.distanceKm() <= km)
                .sorted(java.util.Comparator.comparing(NearbyIncident::documentation).thenComparingDouble(NearbyIncident::distanceKm)).toList();
    }

    @Override
    public List<UnitPosition> positionsDuring(UUID unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("select observed_on, latitude, longitude, source from unit_positions where unit_id = :unit "
                        + "and observed_on between :from and :to order by observed_on, source")
                .param("unit", unitId).param("from", from).param("to", to)
                .query((rs, n) -> new UnitPosition(rs.getObject("observed_on", LocalDate.class),
                        new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude")), rs.getString("source")))
                .list();
    }

    private List<UnitView> views(String where, Map<String, Object> params) {
        Map<UUID, String[]> units = new LinkedHashMap<>();
        Map<UUID, LocalDate[]> existence = new HashMap<>();
        jdbc.sql(UNIT_COLUMNS + where).params(params).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            units.put(id, new String[] {rs.getString("name"), rs.getString("number"), rs.getString("parent_name"),
                    rs.getString("formation_type"), rs.getString("affiliation")});
            existence.put(id, new LocalDate[] {rs.getObject("exists_from", LocalDate.class), rs.getObject("exists_to", LocalDate.class)});
        });
        if (units.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> aliases = grouped("select unit_id, alias as v from unit_aliases where unit_id in (:ids) order by origin, alias", units);
        Map<UUID, List<String>> garrisons = grouped("select unit_id, place || coalesce(' (' || round(latitude::numeric, 4) || ', ' "
                + "|| round(longitude::numeric, 4) || ')', '') as v from unit_garrisons where unit_id in (:ids) order by place", units);
        // a list match counts once an analyst confirmed it (the demo's curated ones are confirmed by their author)
        Map<UUID, List<String>> sanctions = grouped("select unit_id, caption as v from unit_sanction_links where unit_id in (:ids) "
                + "and (decision = 'CONFIRMED' or list = 'demo') order by caption", units);
        Map<UUID, List<String>> leads = grouped("select unit_id, caption || coalesce(', version ' || list_version, '') || coalesce(', score ' "
                + "|| round(score::numeric, 2), '') as v from unit_sanction_links where unit_id in (:ids) and decision is null and list <> 'demo' "
                + "order by caption", units);
        List<UnitView> views = new ArrayList<>();
        units.forEach((id, u) -> views.add(new UnitView(id, u[0], u[1], aliases.getOrDefault(id, List.of()).stream()
                .filter(a -> !a.equals(u[0])).toList(), u[2], garrisons.getOrDefault(id, List.of()), sanctions.getOrDefault(id, List.of()),
                u[3], u[4], existence.get(id)[0], existence.get(id)[1], leads.getOrDefault(id, List.of()))));
        return views;
    }

    private Map<UUID, List<String>> grouped(String sql, Map<UUID, String[]> units) {
        Map<UUID, List<String>> out = new HashMap<>();
        jdbc.sql(sql).param("ids", units.keySet()).query(rs -> {
            out.computeIfAbsent(rs.getObject("unit_id", UUID.class), k -> new ArrayList<>()).add(rs.getString("v"));
        });
        return out;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
