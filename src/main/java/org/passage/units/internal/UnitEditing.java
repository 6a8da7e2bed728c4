package org.passage.units.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.audit.AuditEvent;
import org.passage.audit.AuditTrail;
import org.passage.units.UnitIncidentView.Confidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What analysts change in the knowledge base — units, aliases, links and reviews of inferred links — each
 * change audited in its own transaction. The knowledge base is one per installation (shared reference data,
 * no personal data), so the audit events carry no organization.
 */
@Service
@Transactional
class UnitEditing implements org.passage.units.LinkReviews {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.passage.security.CurrentStaff currentStaff;

    UnitEditing(JdbcClient jdbc, AuditTrail audit, Clock clock, org.passage.security.CurrentStaff currentStaff) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a unit; refuses a second unit with the same identity (same ordinal, type and branch). */
    UUID addUnit(UnitForm form) {
        UnitName parsed = UnitName.parse(form.name());
        UUID existing = jdbc.sql("select id from units where unit_key = :key").param("key", parsed.key()).query(UUID.class).optional().orElse(null);
        if (existing != null) {
            throw new InvalidUnitInput("name", "units.error.exists");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into units (id, unit_key, name, number, unit_type, parent_name, source, origin, note, updated_at) "
                        + "values (:id, :key, :name, :number, :type, :parent, 'analyst', 'analyst', :note, :now)")
                .param("id", id).param("key", parsed.key()).param("name", form.name()).param("number", form.number())
                .param("type", parsed.type().name()).param("parent", form.parent()).param("note", form.note())
                .param("now", Timestamp.from(clock.instant())).update();
        alias(id, form.name());
        audit.record(AuditEvent.of("unit.create", "unit", id, null));
        return id;
    }

    /** Edits a unit; from then on imports leave its name, number and parent as the analyst set them. */
    void editUnit(UUID id, UnitForm form) {
        // the edit form does not show the note (its sources), so an empty one keeps it and a new one is added to it:
        // every edit of the name used to wipe the sources the unit was created with
        int changed = jdbc.sql("update units set name = :name, number = :number, parent_name = :parent, "
                        + "note = case when coalesce(cast(:note as text), '') = '' then note else concat_ws(E'\\n', nullif(note, ''), cast(:note as text)) end, "
                        + "origin = 'analyst', updated_at = :now where id = :id")
                .param("id", id).param("name", form.name()).param("number", form.number()).param("parent", form.parent())
                .param("note", form.note()).param("now", Timestamp.from(clock.instant())).update();
        if (changed == 0) {
            throw new InvalidUnitInput("unit", "units.error.noUnit");
        }
        alias(id, form.name());
        audit.record(AuditEvent.of("unit.update", "unit", id, null));
    }

    void addAlias(UUID unitId, String alias) {
        String clean = alias == null ? "" : alias.strip();
        if (clean.isEmpty() || clean.length() > 300) {
            throw new InvalidUnitInput("alias", "units.error.alias");
        }
        requireUnit(unitId);
        alias(unitId, clean);
        audit.record(AuditEvent.of("unit.alias.add", "unit", unitId, null));
    }

    private void alias(UUID unitId, String alias) {
        jdbc.sql("insert into unit_aliases (unit_id, alias, normalized, source, origin) values (:unit, :alias, :normalized, 'analyst', 'analyst') "
                        + "on conflict (unit_id, alias) do update set origin = 'analyst'")
                .param("unit", unitId).param("alias", alias).param("normalized", UnitName.searchForm(alias)).update();
    }

    UUID addLink(UUID unitId, UUID incidentId, Confidence confidence, String sourceUrl, String note) {
        return addLink(unitId, incidentId, confidence, sourceUrl, note, false);
    }

    /**
     * An analyst's link from a source (or his correction of an existing one): confirmed or probable, never without a
     * URL and a note, never between a unit and an incident that did not overlap in time; {@code coversFormation} when
     * the source documents the whole formation, so that its subordinate units see it at full weight.
     */
    UUID addLink(UUID unitId, UUID incidentId, Confidence confidence, String sourceUrl, String note, boolean coversFormation) {
        requireUnit(unitId);
        var dates = jdbc.sql("select starts_on, ends_on from incidents where id = :id").param("id", incidentId)
                .query((rs, n) -> new java.time.LocalDate[] {rs.getObject(1, java.time.LocalDate.class), rs.getObject(2, java.time.LocalDate.class)})
                .optional().orElseThrow(() -> new InvalidUnitInput("incident", "units.error.noIncident"));
        var life = jdbc.sql("select exists_from, exists_to from units where id = :id").param("id", unitId)
                .query((rs, n) -> new java.time.LocalDate[] {rs.getObject(1, java.time.LocalDate.class), rs.getObject(2, java.time.LocalDate.class)})
                .single();
        if (life[0] != null && dates[1].isBefore(life[0]) || life[1] != null && dates[0].isAfter(life[1])) {
            throw new InvalidUnitInput("incident", "units.error.neverOverlapped", dates[0].toString(), dates[1].toString(),
                    life[0] == null ? "…" : life[0].toString(), life[1] == null ? "…" : life[1].toString());
        }
        String url = sourceUrl == null ? "" : sourceUrl.strip();
        if (!url.matches("https://[^\\s<>\"]{4,1000}")) {
            throw new InvalidUnitInput("sourceUrl", "units.error.sourceUrl");
        }
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new InvalidUnitInput("note", "units.error.note");
        }
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        // an analyst's link replaces an inferred one for the same pair; the inferred basis is kept in the note
        jdbc.sql("""
                        insert into unit_incident_links (id, unit_id, incident_id, confidence, basis, source_urls, origin, decision, reviewed_by,
                                                         reviewed_at, created_at, covers_formation)
                        values (:id, :unit, :incident, :confidence, :basis, :urls, 'analyst', :decision, :by, :now, :now, :covers)
                        on conflict (unit_id, incident_id) do update set confidence = excluded.confidence, covers_formation = excluded.covers_formation,
                            basis = excluded.basis || ' (was: ' || unit_incident_links.basis || ')', source_urls = excluded.source_urls,
                            origin = 'analyst', decision = excluded.decision, reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at
                        """)
                .param("id", id).param("unit", unitId).param("incident", incidentId).param("confidence", confidence.name())
                .param("basis", note.strip()).param("urls", new String[] {url})
                .param("decision", confidence == Confidence.CONFIRMED ? "CONFIRMED" : null)
                .param("by", currentStaff()).param("now", now).param("covers", coversFormation).update();
        audit.record(AuditEvent.of("unit.link.add", "unit", unitId, null).withDetail("incident " + incidentId + ", " + confidence));
        return id;
    }

    /** Confirms or rejects a link (inferred or not), with the reason; a rejected link is kept so imports do not re-add it. */
    void review(UUID unitId, UUID linkId, boolean confirm, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidUnitInput("reason", "units.error.reason");
        }
        int changed = jdbc.sql("update unit_incident_links set decision = :decision, decision_reason = :reason, reviewed_by = :by, "
                        + "reviewed_at = :now where id = :id and unit_id = :unit")
                .param("unit", unitId).param("decision", confirm ? "CONFIRMED" : "REJECTED").param("reason", reason.strip()).param("by", currentStaff())
                .param("now", Timestamp.from(clock.instant())).param("id", linkId).update();
        if (changed == 0) {
            throw new InvalidUnitInput("link", "units.error.noLink");
        }
        audit.record(AuditEvent.of(confirm ? "unit.link.confirm" : "unit.link.reject", "unit_incident_link", linkId, null));
    }

    @Override
    public void decide(UUID unitId, UUID incidentId, boolean confirm, String reason) {
        try {
            UUID link = jdbc.sql("select id from unit_incident_links where unit_id = :unit and incident_id = :incident")
                    .param("unit", unitId).param("incident", incidentId).query(UUID.class).optional()
                    .orElseThrow(() -> new InvalidUnitInput("link", "units.error.noLink"));
            review(unitId, link, confirm, reason);
        } catch (InvalidUnitInput e) {
            throw new IllegalArgumentException(e.field() + ": " + e.getMessage(), e);
        }
    }

    /** An incident by its dataset and id as the unit page shows them: "cir UW1228", "bellingcat CIV0628", "demo DEMO-BUCHA". */
    java.util.Optional<UUID> incidentByReference(String reference) {
        String[] parts = reference == null ? new String[0] : reference.strip().split("\\s+", 2);
        if (parts.length != 2) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("select id from incidents where dataset = :dataset and external_id = :id").param("dataset", parts[0].toLowerCase(java.util.Locale.ROOT))
                .param("id", parts[1]).query(UUID.class).optional();
    }

    private void requireUnit(UUID unitId) {
        if (jdbc.sql("select count(*) from units where id = :id").param("id", unitId).query(Long.class).single() == 0) {
            throw new InvalidUnitInput("unit", "units.error.noUnit");
        }
    }

    private @Nullable UUID currentStaff() {
        return currentStaff.find().map(org.passage.security.StaffPrincipal::staffId).orElse(null);
    }

}
