package org.passage.units.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.passage.units.internal.KnowledgeFiles.NamedFormation;
import org.passage.units.internal.SourceRecords.Garrison;
import org.passage.units.internal.SourceRecords.Incident;
import org.passage.units.internal.SourceRecords.Sighting;
import org.passage.units.internal.SourceRecords.UnitEntry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records of one import run, gathered by unit identity ({@link UnitName#key()}) and written at the end in
 * batches. Units keep their id across imports (matched by key; a unit an analyst merged into another is reached
 * through it), so analysts' links and reviews stay attached. Named formations are recognised by the names their
 * labels quote; a spelling that names no branch is folded into the only unit of that ordinal and type that does.
 */
final class ImportBatch {

    private static final int MAX_ALIASES = 40;

    static final class Draft {
        UUID id;
        final boolean existing;
        final String origin;
        String name;
        final String source;
        final Map<String, String> aliases = new LinkedHashMap<>(); // alias → language (ru, uk, en, translit) or ""
        final Set<String> numbers = new LinkedHashSet<>();
        @Nullable String parent;
        final UnitName parsed;
        @Nullable NamedFormation named;

        Draft(UUID id, boolean existing, String origin, String name, String source, UnitName parsed) {
            this.id = id;
            this.existing = existing;
            this.origin = origin;
            this.name = name;
            this.source = source;
            this.parsed = parsed;
        }
    }

    private record Seen(String key, LocalDate date, double latitude, double longitude, String source, String label) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, UUID> existingUnits = new HashMap<>();
    private final Map<String, String> existingOrigins = new HashMap<>();
    private final Map<String, UUID> existingIncidents = new HashMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, String> namedLabels = new HashMap<>(); // search form of a quoted name → key
    private final Map<String, String> namedChildren = new HashMap<>(); // word that marks a child → key of the formation
    private final Map<String, String> folded = new HashMap<>(); // key of a folded spelling → key it went to
    private final List<Seen> seen = new ArrayList<>();
    private final List<LinkInference.Position> inferencePositions = new ArrayList<>();
    private final List<Object[]> garrisons = new ArrayList<>();
    private final Map<String, Object[]> incidents = new LinkedHashMap<>();
    private final List<LinkInference.Place> harmPlaces = new ArrayList<>();
    final Subordinations subordinations = new Subordinations();

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
                            rs.getObject(3, LocalDate.class), rs.getDouble(4), rs.getDouble(5), rs.getString(6)));
                });
        jdbc.update("delete from unit_aliases where origin = 'import'");
        jdbc.update("delete from unit_garrisons where origin = 'import'");
        jdbc.update("delete from unit_subordinations where origin = 'import'");
        // the curated file's links are re-read; an analyst's review of one (or his own link) stays
        jdbc.update("delete from unit_incident_links where origin = 'inferred' and decision is null or origin = 'curated' and reviewed_by is null");
        jdbc.query("select id, unit_key, origin, merged_into from units", rs -> {
            UUID merged = rs.getObject("merged_into", UUID.class);
            existingUnits.put(rs.getString("unit_key"), merged == null ? rs.getObject("id", UUID.class) : merged);
            // a spelling an analyst merged away only brings its aliases and positions to the unit it went to
            existingOrigins.put(rs.getString("unit_key"), merged == null ? rs.getString("origin") : "merged");
        });
        jdbc.query("select id, dataset, external_id from incidents", rs -> {
            existingIncidents.put(rs.getString("dataset") + "|" + rs.getString("external_id"), rs.getObject("id", UUID.class));
        });
        // incidents analysts (or the demo) added are not in any file: their inferred links are recomputed too
        jdbc.query("select id, starts_on, ends_on, latitude, longitude from incidents where origin = 'analyst' and civilian_harm "
                + "and latitude is not null", rs -> {
            harmPlaces.add(new LinkInference.Place(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class), rs.getDouble(4), rs.getDouble(5)));
        });
    }

    /** A named formation from Passage's own file: its names in three languages (and their Latin spellings) and type. */
    void named(NamedFormation formation) {
        Draft draft = draft(formation.name(), "Passage named formations");
        if (draft == null) {
            return;
        }
        draft.named = formation;
        String key = draft.parsed.key();
        formation.ru().forEach(a -> addAlias(draft, a, "ru"));
        formation.uk().forEach(a -> addAlias(draft, a, "uk"));
        formation.en().forEach(a -> addAlias(draft, a, "en"));
        for (String alias : List.copyOf(draft.aliases.keySet())) {
            if (Transliteration.cyrillic(alias)) {
                addAlias(draft, Transliteration.latin(alias), "translit");
            }
        }
        formation.labels().forEach(l -> namedLabels.put(UnitName.searchForm(l), key));
        draft.aliases.keySet().forEach(a -> namedLabels.putIfAbsent(UnitName.searchForm(a), key));
        formation.children().forEach(w -> namedChildren.put(UnitName.searchForm(w), key));
    }

    /** True when a label names a known named formation, whole or by a name it quotes. */
    boolean knownNamed(String searchForm) {
        return namedLabels.containsKey(searchForm);
    }

    void unit(UnitEntry entry) {
        Draft draft = draft(entry.name(), entry.source());
        if (draft != null && entry.parent() != null) {
            draft.parent = entry.parent();
            subordinations.candidate(draft.parsed.key(), entry.parent(), null, entry.source());
        }
    }

    /** A unit of the curated file: its names, number and parent formation, as an analyst would enter them. */
    @Nullable Draft curatedUnit(KnowledgeFiles.CuratedUnit unit, String source) {
        Draft draft = draft(unit.name(), source);
        if (draft == null) {
            return null;
        }
        unit.ru().forEach(a -> addAlias(draft, a, "ru"));
        unit.uk().forEach(a -> addAlias(draft, a, "uk"));
        unit.en().forEach(a -> addAlias(draft, a, "en"));
        if (unit.number() != null) {
            draft.numbers.add(unit.number());
        }
        if (unit.parent() != null) {
            draft.parent = unit.parent();
            subordinations.candidate(draft.parsed.key(), unit.parent(), null, source);
        }
        if (unit.garrison() != null) {
            garrisons.add(new Object[] {UUID.randomUUID(), draft.parsed.key(), unit.garrison(), null, null, source});
        }
        return draft;
    }

    void sighting(Sighting s) {
        Draft draft = draft(s.name(), s.dataset());
        if (draft == null) {
            return;
        }
        for (String alias : s.aliases()) {
            addAlias(draft, alias, "");
        }
        if (s.number() != null) {
            draft.numbers.add(s.number());
        }
        String key = draft.parsed.key();
        if (s.parent() != null) {
            draft.parent = draft.parent == null ? s.parent() : draft.parent;
            subordinations.candidate(key, s.parent(), s.date(), s.dataset() + ": " + s.source());
        }
        UnitName labelParent = UnitName.parentOf(s.name());
        if (labelParent != null) {
            subordinations.candidate(key, labelParent, s.date(), s.dataset() + ": " + s.source());
        }
        for (String word : UnitName.searchForm(s.name()).split(" ")) {
            String formation = namedChildren.get(word);
            if (formation != null && !formation.equals(key)) {
                subordinations.candidateKey(key, formation, s.date(), s.dataset() + ": " + s.source());
            }
        }
        seen.add(new Seen(key, s.date(), s.latitude(), s.longitude(), s.dataset() + ": " + s.source(), s.name()));
    }

    void garrison(Garrison g) {
        UnitName parsed = UnitName.parse(g.unitName());
        // RUMILOC names operators of airfields and depots too; only numbered formations become units
        if (parsed.ordinal() == null || parsed.type() == UnitVocabulary.Type.UNIT) {
            return;
        }
        Draft draft = draft(g.unitName(), "RUMILOC");
        if (draft != null) {
            garrisons.add(new Object[] {UUID.randomUUID(), draft.parsed.key(), g.place(), g.latitude(), g.longitude(), g.source()});
        }
    }

    void incident(Incident i) {
        incident(i, null, null);
    }

    void incident(Incident i, @Nullable String documentation, @Nullable LocalDate published) {
        String key = i.dataset() + "|" + i.externalId();
        UUID id = existingIncidents.computeIfAbsent(key, k -> UUID.randomUUID());
        incidents.put(key, new Object[] {id, i.dataset(), i.externalId(), UnitsImport.sqlDate(i.from()), UnitsImport.sqlDate(i.to()),
                i.place(), Double.isNaN(i.latitude()) ? null : i.latitude(), Double.isNaN(i.longitude()) ? null : i.longitude(), i.title(),
                i.summary(), i.civilianHarm(), i.sourceUrls().toArray(String[]::new), documentation,
                published == null ? null : UnitsImport.sqlDate(published)});
        if (i.civilianHarm() && !Double.isNaN(i.latitude())) {
            harmPlaces.add(new LinkInference.Place(id, i.from(), i.to(), i.latitude(), i.longitude()));
        }
    }

    /** The id an incident of this import has (or had): for the curated links. */
    @Nullable UUID incidentId(String dataset, String externalId) {
        return existingIncidents.get(dataset + "|" + externalId);
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
        for (String quoted : UnitName.quotedNames(clean)) {
            key = namedLabels.getOrDefault(quoted, key);
        }
        key = namedLabels.getOrDefault(UnitName.searchForm(clean), key);
        String finalKey = key;
        UnitName identity = finalKey.equals(parsed.key()) ? parsed : drafts.get(finalKey).parsed;
        Draft draft = drafts.computeIfAbsent(finalKey, k -> new Draft(existingUnits.getOrDefault(k, UUID.randomUUID()),
                existingUnits.containsKey(k), existingOrigins.getOrDefault(k, "import"), clean, source, identity));
        addAlias(draft, clean, "");
        return draft;
    }

    private static void addAlias(Draft draft, String alias, String language) {
        String clean = alias.strip();
        if (draft.aliases.size() < MAX_ALIASES && !clean.isBlank() && clean.length() <= 300) {
            draft.aliases.putIfAbsent(clean, language.isEmpty() ? Transliteration.language(clean) : language);
        }
    }

    /**
     * Folds a spelling that names no branch ("129-й полк (ДНР)") into the only unit of the same ordinal, type and
     * region that names one ("129th Motorized Rifle Regiment (DPR)"); with two or more candidates nothing is folded.
     * Returns how many spellings were folded.
     */
    long foldDuplicates() {
        Map<String, List<String>> byShape = new HashMap<>();
        drafts.forEach((key, d) -> {
            if (d.parsed.ordinal() != null && d.parsed.type() != UnitVocabulary.Type.UNIT && d.parsed.branch() != UnitVocabulary.Branch.NONE) {
                byShape.computeIfAbsent(shape(d.parsed), s -> new ArrayList<>()).add(key);
            }
        });
        long count = 0;
        for (var e : List.copyOf(drafts.entrySet())) {
            Draft d = e.getValue();
            if (d.parsed.ordinal() == null || d.parsed.type() == UnitVocabulary.Type.UNIT || d.parsed.branch() != UnitVocabulary.Branch.NONE
                    || !d.origin.equals("import")) {
                continue;
            }
            List<String> targets = byShape.getOrDefault(shape(d.parsed), List.of());
            if (targets.size() != 1) {
                continue;
            }
            Draft into = drafts.get(targets.getFirst());
            d.aliases.forEach(into.aliases::putIfAbsent);
            into.numbers.addAll(d.numbers);
            into.parent = into.parent == null ? d.parent : into.parent;
            folded.put(e.getKey(), targets.getFirst());
            drafts.remove(e.getKey());
            if (d.existing && !d.id.equals(into.id)) {
                foldedExisting.put(d.id, into);
            }
            count++;
        }
        return count;
    }

    private final Map<UUID, Draft> foldedExisting = new HashMap<>();

    private static String shape(UnitName n) {
        return n.ordinal() + "|" + n.type() + "|" + n.region();
    }

    /** The draft a unit name reached in this import (its identity, or the named formation it names). */
    @Nullable Draft byName(String name) {
        String key = namedLabels.getOrDefault(UnitName.searchForm(name), UnitName.parse(name).key());
        return resolved(key);
    }

    /** The draft a key ended in, after folding. */
    @Nullable Draft resolved(String key) {
        String k = key;
        for (int i = 0; i < 3 && folded.containsKey(k); i++) {
            k = folded.get(k);
        }
        return drafts.get(k);
    }

    Map<String, Long> store() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("merged duplicates", foldDuplicates());
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
            d.numbers.forEach(n -> d.aliases.putIfAbsent("в/ч " + n, ""));
            String name = d.named != null ? d.named.name() : preferredName(d);
            String type = d.named == null ? null : d.named.type();
            String affiliation = d.named == null ? null : d.named.affiliation();
            java.sql.Date from = d.named == null || d.named.existsFrom() == null ? null : UnitsImport.sqlDate(d.named.existsFrom());
            if (!d.existing) {
                inserts.add(new Object[] {d.id, e.getKey(), name, number, d.parsed.type().name(), d.parent, d.source, type, affiliation, from, now});
            } else if (d.origin.equals("import")) {
                updates.add(new Object[] {name, number, d.parsed.type().name(), d.parent, type, affiliation, from, now, d.id});
            }
            for (var alias : d.aliases.entrySet()) {
                aliases.add(new Object[] {d.id, alias.getKey(), UnitName.searchForm(alias.getKey()), d.source,
                        alias.getValue().isEmpty() ? null : alias.getValue()});
            }
        }
        jdbc.batchUpdate("insert into units (id, unit_key, name, number, unit_type, parent_name, source, origin, formation_type, affiliation, "
                + "exists_from, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'import', ?, ?, ?, ?)", inserts);
        jdbc.batchUpdate("update units set name = ?, number = ?, unit_type = ?, parent_name = ?, formation_type = ?, affiliation = ?, "
                + "exists_from = ?, updated_at = ? where id = ?", updates);
        jdbc.batchUpdate("insert into unit_aliases (unit_id, alias, normalized, source, origin, language) values (?, ?, ?, ?, 'import', ?) "
                + "on conflict do nothing", aliases);
        foldedExisting.forEach((from, into) -> UnitMerging.merge(jdbc, from, into.id));
        linkParents();
        List<Object[]> positions = new ArrayList<>();
        for (Seen s : seen) {
            Draft d = resolved(s.key());
            if (d != null) {
                positions.add(new Object[] {d.id, UnitsImport.sqlDate(s.date()), s.latitude(), s.longitude(), s.source(), s.label()});
                inferencePositions.add(new LinkInference.Position(d.id, d.name, s.date(), s.latitude(), s.longitude(), s.source()));
            }
        }
        jdbc.batchUpdate("insert into unit_positions (unit_id, observed_on, latitude, longitude, source, label) values (?, ?, ?, ?, ?, ?)",
                positions);
        List<Object[]> garrisonRows = new ArrayList<>();
        for (Object[] g : garrisons) {
            Draft d = resolved((String) g[1]);
            if (d != null) {
                garrisonRows.add(new Object[] {g[0], d.id, g[2], g[3], g[4], g[5]});
            }
        }
        jdbc.batchUpdate("insert into unit_garrisons (id, unit_id, place, latitude, longitude, source, origin) "
                + "values (?, ?, ?, ?, ?, ?, 'import')", garrisonRows);
        // an incident an analyst corrected keeps the analyst's dates, place and sources
        jdbc.batchUpdate("insert into incidents (id, dataset, external_id, starts_on, ends_on, place, latitude, longitude, title, summary, "
                + "civilian_harm, source_urls, documentation, published_on, origin) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import') "
                + "on conflict (dataset, external_id) do update set starts_on = excluded.starts_on, ends_on = excluded.ends_on, "
                + "place = excluded.place, latitude = excluded.latitude, longitude = excluded.longitude, title = excluded.title, "
                + "summary = excluded.summary, civilian_harm = excluded.civilian_harm, source_urls = excluded.source_urls, "
                + "documentation = excluded.documentation, published_on = excluded.published_on where incidents.corrected_at is null",
                new ArrayList<>(incidents.values()));
        counts.put("units", (long) drafts.size());
        counts.put("new units", (long) inserts.size());
        counts.put("positions", (long) positions.size());
        counts.put("garrisons", (long) garrisonRows.size());
        counts.put("incidents", (long) incidents.size());
        counts.put("subordinations", subordinations.store(jdbc, this, now));
        return counts;
    }

    /** uawardata's English name reads best; otherwise the first spelling seen. */
    private static String preferredName(Draft d) {
        return d.aliases.keySet().stream().filter(a -> !Transliteration.cyrillic(a) && a.indexOf(UnitName.UNKNOWN) < 0 && !a.startsWith("в/ч"))
                .findFirst().orElse(d.name);
    }

    private void linkParents() {
        List<Object[]> parents = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (d.parent != null && d.origin.equals("import")) {
                UUID parent = subordinations.resolve(jdbc, this, UnitName.parse(d.parent), null);
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
