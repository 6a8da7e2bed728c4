package org.passage.units.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.units.internal.SourceRecords.Garrison;
import org.passage.units.internal.SourceRecords.Incident;
import org.passage.units.internal.SourceRecords.Sighting;
import org.passage.units.internal.SourceRecords.UnitEntry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records of one import run, gathered by unit identity ({@link UnitName#key()}) and written at the end in
 * batches. Units keep their id across imports (matched by key), so analysts' links and reviews stay attached.
 */
final class ImportBatch {

    private static final int MAX_ALIASES = 40;

    private static final class Draft {
        final UUID id;
        final boolean existing;
        final String origin;
        String name;
        final String source;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> numbers = new LinkedHashSet<>();
        @Nullable String parent;
        final UnitName parsed;

        Draft(UUID id, boolean existing, String origin, String name, String source, UnitName parsed) {
            this.id = id;
            this.existing = existing;
            this.origin = origin;
            this.name = name;
            this.source = source;
            this.parsed = parsed;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, UUID> existingUnits = new HashMap<>();
    private final Map<String, String> existingOrigins = new HashMap<>();
    private final Map<String, UUID> existingIncidents = new HashMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<Object[]> positions = new ArrayList<>();
    private final List<LinkInference.Position> inferencePositions = new ArrayList<>();
    private final List<Object[]> garrisons = new ArrayList<>();
    private final Map<String, Object[]> incidents = new LinkedHashMap<>();
    private final List<LinkInference.Place> harmPlaces = new ArrayList<>();

    ImportBatch(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Removes what earlier imports stored; what analysts added or decided stays. */
    void clearImported() {
        // curated positions (an analyst's or the demo's, source "curated: …") stay; the datasets' are reloaded
        jdbc.update("delete from unit_positions where source not like 'curated:%'");
        jdbc.query("select p.unit_id, u.name, p.observed_on, p.latitude, p.longitude, p.source from unit_positions p join units u on u.id = p.unit_id",
                rs -> {
                    inferencePositions.add(new LinkInference.Position(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, java.time.LocalDate.class), rs.getDouble(4), rs.getDouble(5), rs.getString(6)));
                });
        jdbc.update("delete from unit_aliases where origin = 'import'");
        jdbc.update("delete from unit_garrisons where origin = 'import'");
        jdbc.update("delete from unit_incident_links where origin = 'inferred' and decision is null");
        jdbc.query("select id, unit_key, origin from units", rs -> {
            existingUnits.put(rs.getString("unit_key"), rs.getObject("id", UUID.class));
            existingOrigins.put(rs.getString("unit_key"), rs.getString("origin"));
        });
        jdbc.query("select id, dataset, external_id from incidents", rs -> {
            existingIncidents.put(rs.getString("dataset") + "|" + rs.getString("external_id"), rs.getObject("id", UUID.class));
        });
        // incidents analysts (or the demo) added are not in any file: their inferred links are recomputed too
        jdbc.query("select id, starts_on, ends_on, latitude, longitude from incidents where origin = 'analyst' and civilian_harm "
                + "and latitude is not null", rs -> {
            harmPlaces.add(new LinkInference.Place(rs.getObject(1, UUID.class), rs.getObject(2, java.time.LocalDate.class),
                    rs.getObject(3, java.time.LocalDate.class), rs.getDouble(4), rs.getDouble(5)));
        });
    }

    void unit(UnitEntry entry) {
        Draft draft = draft(entry.name(), entry.source());
        if (draft != null && entry.parent() != null) {
            draft.parent = entry.parent();
        }
    }

    void sighting(Sighting s) {
        Draft draft = draft(s.name(), s.dataset());
        if (draft == null) {
            return;
        }
        for (String alias : s.aliases()) {
            addAlias(draft, alias);
        }
        if (s.number() != null) {
            draft.numbers.add(s.number());
        }
        if (draft.parent == null && s.parent() != null) {
            draft.parent = s.parent();
        }
        String source = s.dataset() + ": " + s.source();
        positions.add(new Object[] {draft.id, UnitsImport.sqlDate(s.date()), s.latitude(), s.longitude(), source, s.name()});
        inferencePositions.add(new LinkInference.Position(draft.id, draft.name, s.date(), s.latitude(), s.longitude(), source));
    }

    void garrison(Garrison g) {
        UnitName parsed = UnitName.parse(g.unitName());
        // RUMILOC names operators of airfields and depots too; only numbered formations become units
        if (parsed.ordinal() == null || parsed.type() == UnitVocabulary.Type.UNIT) {
            return;
        }
        Draft draft = draft(g.unitName(), "RUMILOC");
        if (draft != null) {
            garrisons.add(new Object[] {UUID.randomUUID(), draft.id, g.place(), g.latitude(), g.longitude(), g.source()});
        }
    }

    void incident(Incident i) {
        String key = i.dataset() + "|" + i.externalId();
        UUID id = existingIncidents.computeIfAbsent(key, k -> UUID.randomUUID());
        incidents.put(key, new Object[] {id, i.dataset(), i.externalId(), UnitsImport.sqlDate(i.from()), UnitsImport.sqlDate(i.to()),
                i.place(), i.latitude(), i.longitude(), i.title(), i.summary(), i.civilianHarm(), i.sourceUrls().toArray(String[]::new)});
        if (i.civilianHarm()) {
            harmPlaces.add(new LinkInference.Place(id, i.from(), i.to(), i.latitude(), i.longitude()));
        }
    }

    private @Nullable Draft draft(String name, String source) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 300) {
            return null;
        }
        UnitName parsed = UnitName.parse(clean);
        if (!parsed.hasName()) {
            return null;
        }
        String key = parsed.key();
        Draft draft = drafts.computeIfAbsent(key, k -> new Draft(existingUnits.getOrDefault(k, UUID.randomUUID()),
                existingUnits.containsKey(k), existingOrigins.getOrDefault(k, "import"), clean, source, parsed));
        addAlias(draft, clean);
        return draft;
    }

    private static void addAlias(Draft draft, String alias) {
        if (draft.aliases.size() < MAX_ALIASES && !alias.isBlank() && alias.length() <= 300) {
            draft.aliases.add(alias.strip());
        }
    }

    Map<String, Long> store() {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Set<String>> keysByNumber = new HashMap<>();
        drafts.forEach((key, d) -> d.numbers.forEach(n -> keysByNumber.computeIfAbsent(n, x -> new LinkedHashSet<>()).add(key)));
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> aliases = new ArrayList<>();
        for (Map.Entry<String, Draft> e : drafts.entrySet()) {
            Draft d = e.getValue();
            // DeepState gives some numbers to two units (35th and 36th brigades both 41659): such a number is kept
            // as an alias of each, never as "the" number of either
            String number = d.numbers.size() == 1 && keysByNumber.get(d.numbers.iterator().next()).size() == 1
                    ? d.numbers.iterator().next() : null;
            d.numbers.forEach(n -> d.aliases.add("в/ч " + n));
            String name = preferredName(d);
            if (!d.existing) {
                inserts.add(new Object[] {d.id, e.getKey(), name, number, d.parsed.type().name(), d.parent, d.source, now});
            } else if (d.origin.equals("import")) {
                updates.add(new Object[] {name, number, d.parsed.type().name(), d.parent, now, d.id});
            }
            for (String alias : d.aliases) {
                aliases.add(new Object[] {d.id, alias, UnitName.searchForm(alias), d.source});
            }
        }
        jdbc.batchUpdate("insert into units (id, unit_key, name, number, unit_type, parent_name, source, origin, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, 'import', ?)", inserts);
        jdbc.batchUpdate("update units set name = ?, number = ?, unit_type = ?, parent_name = ?, updated_at = ? where id = ?", updates);
        jdbc.batchUpdate("insert into unit_aliases (unit_id, alias, normalized, source, origin) values (?, ?, ?, ?, 'import') "
                + "on conflict do nothing", aliases);
        linkParents();
        jdbc.batchUpdate("insert into unit_positions (unit_id, observed_on, latitude, longitude, source, label) values (?, ?, ?, ?, ?, ?)",
                positions);
        jdbc.batchUpdate("insert into unit_garrisons (id, unit_id, place, latitude, longitude, source, origin) "
                + "values (?, ?, ?, ?, ?, ?, 'import')", garrisons);
        jdbc.batchUpdate("insert into incidents (id, dataset, external_id, starts_on, ends_on, place, latitude, longitude, title, summary, "
                + "civilian_harm, source_urls, origin) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import') on conflict (dataset, external_id) "
                + "do update set starts_on = excluded.starts_on, ends_on = excluded.ends_on, place = excluded.place, latitude = excluded.latitude, "
                + "longitude = excluded.longitude, title = excluded.title, summary = excluded.summary, civilian_harm = excluded.civilian_harm, "
                + "source_urls = excluded.source_urls", new ArrayList<>(incidents.values()));
        counts.put("units", (long) drafts.size());
        counts.put("new units", (long) inserts.size());
        counts.put("positions", (long) positions.size());
        counts.put("garrisons", (long) garrisons.size());
        counts.put("incidents", (long) incidents.size());
        return counts;
    }

    /** uawardata's English name reads best; otherwise the first spelling seen. */
    private static String preferredName(Draft d) {
        return d.aliases.stream().filter(a -> a.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
                && a.indexOf(UnitName.UNKNOWN) < 0 && !a.startsWith("в/ч")).findFirst().orElse(d.name);
    }

    private void linkParents() {
        Map<String, UUID> byKey = new HashMap<>();
        jdbc.query("select id, unit_key from units", rs -> {
            byKey.put(rs.getString("unit_key"), rs.getObject("id", UUID.class));
        });
        List<Object[]> parents = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (d.parent != null && d.origin.equals("import")) {
                UUID parent = byKey.get(UnitName.parse(d.parent).key());
                if (parent != null && !parent.equals(d.id)) {
                    parents.add(new Object[] {parent, d.id});
                }
            }
        }
        jdbc.batchUpdate("update units set parent_id = ? where id = ?", parents);
    }

    Map<String, Long> inferLinks() {
        var inference = new LinkInference(inferencePositions);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new ArrayList<>();
        long probable = 0;
        for (LinkInference.Place place : harmPlaces) {
            for (LinkInference.Link link : inference.linksFor(place)) {
                rows.add(new Object[] {UUID.randomUUID(), link.unitId(), link.incidentId(), link.confidence().name(), link.basis(),
                        link.distanceKm(), now});
                if (link.confidence() == org.passage.units.UnitIncidentView.Confidence.PROBABLE) {
                    probable++;
                }
            }
        }
        int[][] done = jdbc.batchUpdate("insert into unit_incident_links (id, unit_id, incident_id, confidence, basis, origin, distance_km, "
                + "created_at) values (?, ?, ?, ?, ?, 'inferred', ?, ?) on conflict (unit_id, incident_id) do nothing", rows, 1000,
                (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                });
        long stored = 0;
        for (int[] chunk : done) {
            for (int n : chunk) {
                stored += Math.max(0, n);
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("inferred links", stored);
        counts.put("inferred PROBABLE", probable);
        counts.put("inferred POSSIBLE", rows.size() - probable);
        counts.put("harm incidents considered", (long) harmPlaces.size());
        return counts;
    }
}
