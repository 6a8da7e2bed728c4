package org.passage.units.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds a curated file of units, incidents and links (the demo's {@code units/demo/units-demo.json}, written for
 * Passage from public reporting). Entries count as an analyst's (imports never overwrite them); adding the file
 * again adds nothing twice. It then infers links from the curated positions, so there is an unreviewed inferred
 * link to review.
 */
@Component
class CuratedUnits {

    private final JdbcClient jdbc;
    private final Clock clock;

    CuratedUnits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void add(InputStream json) {
        JsonNode demo = read(json);
        Timestamp now = Timestamp.from(clock.instant());
        for (JsonNode unit : demo.path("units")) {
            String name = unit.path("name").asString();
            String key = UnitName.parse(name).key();
            UUID id = jdbc.sql("select id from units where unit_key = :key").param("key", key).query(UUID.class).optional().orElse(null);
            if (id == null) {
                id = UUID.randomUUID();
                jdbc.sql("insert into units (id, unit_key, name, number, unit_type, parent_name, source, origin, updated_at) "
                                + "values (:id, :key, :name, :number, :type, :parent, 'curated demo (public reporting)', 'analyst', :now)")
                        .param("id", id).param("key", key).param("name", name).param("number", text(unit, "number"))
                        .param("type", unit.path("type").asString("UNIT")).param("parent", text(unit, "parent")).param("now", now).update();
            } else {
                // a unit the import created first: the curated name and number win, as an analyst's edit would
                jdbc.sql("update units set name = :name, number = :number, parent_name = coalesce(parent_name, :parent), origin = 'analyst' "
                                + "where id = :id and origin = 'import'")
                        .param("id", id).param("name", name).param("number", text(unit, "number")).param("parent", text(unit, "parent")).update();
            }
            List<String> aliases = new ArrayList<>(List.of(name));
            unit.path("aliases").forEach(a -> aliases.add(a.asString()));
            for (String alias : aliases) {
                jdbc.sql("insert into unit_aliases (unit_id, alias, normalized, source, origin) values (:unit, :alias, :n, 'curated demo', 'analyst') "
                        + "on conflict do nothing").param("unit", id).param("alias", alias).param("n", UnitName.searchForm(alias)).update();
            }
            UUID unitId = id;
            if (jdbc.sql("select count(*) from unit_garrisons where unit_id = :id and origin = 'analyst'").param("id", id).query(Long.class).single() == 0) {
                unit.path("garrisons").forEach(g -> jdbc.sql("insert into unit_garrisons (id, unit_id, place, latitude, longitude, source, origin) "
                                + "values (:id, :unit, :place, :lat, :lon, 'curated demo', 'analyst')")
                        .param("id", UUID.randomUUID()).param("unit", unitId).param("place", g.path("place").asString())
                        .param("lat", g.path("lat").asDouble()).param("lon", g.path("lon").asDouble()).update());
            }
            if (jdbc.sql("select count(*) from unit_positions where unit_id = :id and source like 'curated:%'").param("id", id).query(Long.class).single() == 0) {
                unit.path("positions").forEach(p -> jdbc.sql("insert into unit_positions (unit_id, observed_on, latitude, longitude, source, label) "
                                + "values (:unit, :date, :lat, :lon, :source, :label)")
                        .param("unit", unitId).param("date", LocalDate.parse(p.path("date").asString())).param("lat", p.path("lat").asDouble())
                        .param("lon", p.path("lon").asDouble()).param("source", p.path("source").asString()).param("label", name).update());
            }
            unit.path("sanctions").forEach(s -> jdbc.sql("insert into unit_sanction_links (unit_id, list, entity_id, caption, matched_name) "
                            + "values (:unit, 'demo', :entity, :caption, :name) on conflict do nothing")
                    .param("unit", unitId).param("entity", s.path("list").asString() + ":" + s.path("id").asString())
                    .param("caption", s.path("caption").asString()).param("name", name).update());
        }
        for (JsonNode incident : demo.path("incidents")) {
            String[] urls = urls(incident);
            jdbc.sql("""
                            insert into incidents (id, dataset, external_id, starts_on, ends_on, place, latitude, longitude, title, summary, civilian_harm,
                                                   source_urls, origin)
                            values (:id, 'demo', :ext, :from, :to, :place, :lat, :lon, :title, :summary, true, :urls, 'analyst')
                            on conflict (dataset, external_id) do nothing
                            """)
                    .param("id", UUID.randomUUID()).param("ext", incident.path("id").asString())
                    .param("from", LocalDate.parse(incident.path("from").asString())).param("to", LocalDate.parse(incident.path("to").asString()))
                    .param("place", incident.path("place").asString()).param("lat", incident.path("lat").asDouble())
                    .param("lon", incident.path("lon").asDouble()).param("title", incident.path("title").asString())
                    .param("summary", incident.path("summary").asString()).param("urls", urls).update();
        }
        for (JsonNode link : demo.path("links")) {
            String[] urls = urls(link);
            String confidence = link.path("confidence").asString();
            jdbc.sql("""
                            insert into unit_incident_links (id, unit_id, incident_id, confidence, basis, source_urls, origin, decision, created_at)
                            select :id, u.id, i.id, :confidence, :basis, :urls, 'analyst', :decision, :now
                            from units u, incidents i
                            where u.unit_key = :key and i.dataset = 'demo' and i.external_id = :incident
                            on conflict (unit_id, incident_id) do nothing
                            """)
                    .param("id", UUID.randomUUID()).param("confidence", confidence).param("basis", link.path("basis").asString())
                    .param("urls", urls).param("decision", confidence.equals("CONFIRMED") ? "CONFIRMED" : null).param("now", now)
                    .param("key", UnitName.parse(link.path("unit").asString()).key()).param("incident", link.path("incident").asString()).update();
        }
        inferDemoLinks(now);
    }

    private void inferDemoLinks(Timestamp now) {
        List<LinkInference.Position> positions = jdbc.sql("select p.unit_id, u.name, p.observed_on, p.latitude, p.longitude, p.source "
                        + "from unit_positions p join units u on u.id = p.unit_id where p.source like 'curated:%'")
                .query((rs, n) -> new LinkInference.Position(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getDouble(4), rs.getDouble(5), rs.getString(6))).list();
        var inference = new LinkInference(positions);
        jdbc.sql("select id, starts_on, ends_on, latitude, longitude from incidents where dataset = 'demo' and latitude is not null")
                .query((rs, n) -> new LinkInference.Place(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getDouble(4), rs.getDouble(5))).list()
                .forEach(place -> inference.linksFor(place).forEach(link -> jdbc.sql("""
                                insert into unit_incident_links (id, unit_id, incident_id, confidence, basis, origin, distance_km, created_at)
                                values (:id, :unit, :incident, :confidence, :basis, 'inferred', :km, :now) on conflict (unit_id, incident_id) do nothing
                                """)
                        .param("id", UUID.randomUUID()).param("unit", link.unitId()).param("incident", link.incidentId())
                        .param("confidence", link.confidence().name()).param("basis", link.basis()).param("km", link.distanceKm())
                        .param("now", now).update()));
    }

    private static String[] urls(JsonNode node) {
        List<String> urls = new ArrayList<>();
        node.path("urls").forEach(u -> urls.add(u.asString()));
        return urls.toArray(String[]::new);
    }

    private static @Nullable String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asString() : null;
    }

    private static JsonNode read(InputStream in) {
        try (in) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
