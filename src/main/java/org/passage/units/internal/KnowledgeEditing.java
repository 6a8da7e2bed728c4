package org.passage.units.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.security.CurrentStaff;
import org.passage.security.StaffPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysts' upkeep of the knowledge base beyond single units: incidents added or corrected (an imported one
 * keeps the correction across re-imports and says so), places of units in the hierarchy, merges of two records of
 * one unit, reviews of list matches, and a unit's existence dates. Every change is audited in its own transaction;
 * bad input is refused naming the field and nothing is stored.
 */
@Service
@Transactional
class KnowledgeEditing {

    static final String ANALYST_DATASET = "analyst";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditTrail audit;
    private final Clock clock;
    private final CurrentStaff currentStaff;

    KnowledgeEditing(JdbcClient jdbc, JdbcTemplate template, AuditTrail audit, Clock clock, CurrentStaff currentStaff) {
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
        this.clock = clock;
        this.currentStaff = currentStaff;
    }

    /** A new incident from public sources; its reference is "analyst A-…". */
    UUID addIncident(IncidentForm form) {
        UUID id = UUID.randomUUID();
        String reference = "A-" + id.toString().substring(0, 8);
        jdbc.sql("""
                        insert into incidents (id, dataset, external_id, starts_on, ends_on, place, latitude, longitude, title, summary, civilian_harm,
                                               source_urls, origin, documentation, published_on, corrected_by, corrected_at)
                        values (:id, :dataset, :ref, :from, :to, :place, :lat, :lon, :title, :summary, :harm, :urls, 'analyst', :level, :published,
                                :by, :now)
                        """)
                .param("id", id).param("dataset", ANALYST_DATASET).param("ref", reference).params(values(form))
                .param("by", staff()).param("now", now()).update();
        audit.record(AuditEvent.of("unit.incident.create", "incident", id, null).withDetail(ANALYST_DATASET + " " + reference));
        return id;
    }

    /** Corrects an incident (dates, place, sources …); an imported one keeps the correction over every later import. */
    void correctIncident(UUID id, IncidentForm form, String reason) {
        String why = text("reason", reason, "units.error.cite.correction");
        int changed = jdbc.sql("""
                        update incidents set starts_on = :from, ends_on = :to, place = :place, latitude = :lat, longitude = :lon, title = :title,
                               summary = :summary, civilian_harm = :harm, source_urls = :urls, documentation = :level, published_on = :published,
                               corrected_by = :by, corrected_at = :now, correction = :why
                        where id = :id
                        """)
                .param("id", id).params(values(form)).param("by", staff()).param("now", now()).param("why", why).update();
        if (changed == 0) {
            throw new InvalidUnitInput("incident", "units.error.noIncident");
        }
        refuseLinksOutsideExistence(id, form);
        audit.record(AuditEvent.of("unit.incident.correct", "incident", id, null).withDetail(clip(why)));
    }

    private java.util.Map<String, Object> values(IncidentForm form) {
        var values = new java.util.HashMap<String, Object>();
        values.put("from", form.from());
        values.put("to", form.to());
        values.put("place", form.place());
        values.put("lat", form.latitude());
        values.put("lon", form.longitude());
        values.put("title", form.title());
        values.put("summary", form.summary());
        values.put("harm", form.civilianHarm());
        values.put("urls", form.sources().toArray(String[]::new));
        values.put("level", form.documentation());
        values.put("published", form.published());
        return values;
    }

    /** A correction that moves an incident out of the life of a unit linked to it is refused (the link would be absurd). */
    private void refuseLinksOutsideExistence(UUID incident, IncidentForm form) {
        jdbc.sql("select u.name from unit_incident_links l join units u on u.id = l.unit_id where l.incident_id = :id "
                        + "and coalesce(l.decision, '') <> 'REJECTED' and (u.exists_from > :to or u.exists_to < :from) limit 1")
                .param("id", incident).param("from", form.from()).param("to", form.to()).query(String.class).optional()
                .ifPresent(unit -> {
                    throw new InvalidUnitInput("from", "units.error.incident.outsideUnit", unit);
                });
    }

    /**
     * Puts a unit under a formation from {@code from} to {@code to} (either may be unknown), with the source; refused
     * when a date lies outside the existence of either unit, or the formation is the unit itself or below it.
     */
    UUID addSubordination(UUID unitId, UUID parentId, @Nullable LocalDate from, @Nullable LocalDate to, String source) {
        String cited = text("source", source, "units.error.cite.formation");
        if (unitId.equals(parentId)) {
            throw new InvalidUnitInput("parent", "units.error.ownFormation");
        }
        LocalDate[] unit = existence(unitId, "unit");
        LocalDate[] parent = existence(parentId, "parent");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidUnitInput("to", "units.error.ends");
        }
        for (LocalDate[] life : new LocalDate[][] {unit, parent}) {
            if (from != null && life[0] != null && from.isBefore(life[0]) || to != null && life[0] != null && to.isBefore(life[0])) {
                throw new InvalidUnitInput("from", "units.error.beforeUnit", life[0].toString());
            }
            if (to != null && life[1] != null && to.isAfter(life[1]) || from != null && life[1] != null && from.isAfter(life[1])) {
                throw new InvalidUnitInput("to", "units.error.afterUnit", life[1].toString());
            }
        }
        boolean below = Boolean.TRUE.equals(jdbc.sql("""
                        with recursive below(id) as (select :unit::uuid union select s.unit_id from unit_subordinations s join below b on s.parent_id = b.id)
                        select exists (select 1 from below where id = :parent)
                        """).param("unit", unitId).param("parent", parentId).query(Boolean.class).single());
        if (below) {
            throw new InvalidUnitInput("parent", "units.error.formationBelow");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into unit_subordinations (id, unit_id, parent_id, valid_from, valid_to, source, origin, created_by, created_at) "
                        + "values (:id, :unit, :parent, :from, :to, :source, 'analyst', :by, :now)")
                .param("id", id).param("unit", unitId).param("parent", parentId).param("from", from).param("to", to).param("source", cited)
                .param("by", staff()).param("now", now()).update();
        audit.record(AuditEvent.of("unit.formation.add", "unit", unitId, null).withDetail("under " + parentId + " " + from + ".." + to));
        return id;
    }

    /** Merges {@code from} into {@code into}: both ids' links, aliases and positions end on {@code into}. */
    void merge(UUID from, UUID into, String reason) {
        String why = text("reason", reason, "units.error.cite.merge");
        if (from.equals(into)) {
            throw new InvalidUnitInput("other", "units.error.mergeOther");
        }
        existence(from, "other");
        existence(into, "unit");
        UnitMerging.merge(template, from, into);
        template.update("update units set updated_at = ? where id = ?", now(), into);
        audit.record(AuditEvent.of("unit.merge", "unit", into, null).withDetail(clip("merged " + from + ": " + why)));
    }

    /** Confirms or rejects a list entry matched to a unit; only a confirmed one counts as documented. */
    void reviewSanction(UUID unitId, String list, String entityId, boolean confirm, String reason) {
        String why = text("reason", reason, "units.error.reason");
        int changed = jdbc.sql("update unit_sanction_links set decision = :decision, decision_reason = :why, reviewed_by = :by, reviewed_at = :now "
                        + "where unit_id = :unit and list = :list and entity_id = :entity")
                .param("decision", confirm ? "CONFIRMED" : "REJECTED").param("why", why).param("by", staff()).param("now", now())
                .param("unit", unitId).param("list", list).param("entity", entityId).update();
        if (changed == 0) {
            throw new InvalidUnitInput("entry", "units.error.noMatch");
        }
        audit.record(AuditEvent.of(confirm ? "unit.sanction.confirm" : "unit.sanction.reject", "unit", unitId, null)
                .withDetail(list + " " + entityId));
    }

    /** Sets when a unit existed (either end may stay unknown); refused when a link or a subordination would fall outside. */
    void setExistence(UUID unitId, @Nullable LocalDate from, @Nullable LocalDate to, String source) {
        String cited = text("source", source, "units.error.cite.existence");
        existence(unitId, "unit");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidUnitInput("existsTo", "units.error.ends");
        }
        Optional<String> outside = jdbc.sql("select i.title from unit_incident_links l join incidents i on i.id = l.incident_id "
                        + "where l.unit_id = :unit and coalesce(l.decision, '') <> 'REJECTED' and l.origin <> 'inferred' "
                        + "and (i.ends_on < :from or i.starts_on > :to) limit 1")
                .param("unit", unitId).param("from", from == null ? LocalDate.of(1, 1, 1) : from).param("to", to == null ? LocalDate.of(9999, 12, 31) : to)
                .query(String.class).optional();
        if (outside.isPresent()) {
            throw new InvalidUnitInput(from == null ? "existsTo" : "existsFrom", "units.error.linkedOutside", outside.get());
        }
        jdbc.sql("update units set exists_from = :from, exists_to = :to, origin = 'analyst', note = coalesce(note || ' ', '') || :source, "
                        + "updated_at = :now where id = :id")
                .param("from", from).param("to", to).param("source", "Existence: " + cited).param("now", now()).param("id", unitId).update();
        audit.record(AuditEvent.of("unit.existence", "unit", unitId, null).withDetail(from + ".." + to));
    }

    /** The existence dates of a unit [from, to], either null; refused naming {@code field} when there is no such unit. */
    LocalDate[] existence(UUID unitId, String field) {
        return jdbc.sql("select exists_from, exists_to from units where id = :id and merged_into is null").param("id", unitId)
                .query((rs, n) -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}).optional()
                .orElseThrow(() -> new InvalidUnitInput(field, "units.error.unitGone"));
    }

    private static String text(String field, @Nullable String text, String message) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new InvalidUnitInput(field, message);
        }
        return text.strip();
    }

    private static String clip(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private @Nullable UUID staff() {
        return currentStaff.find().map(StaffPrincipal::staffId).orElse(null);
    }
}
