package org.passage.units.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hierarchy an import reads: "unit X is part of formation Y" as the sources say it (uawardata's
 * {@code subordinate_to}, with the dates it was seen so; a label's "зі складу 106-ї ПДД" or "from the 76th Division";
 * a BARS detachment under BARS; the curated file's parent), gathered per unit, formation and source with the first
 * and last date seen, and stored once the units have their ids. A formation is found by its identity, or, when the
 * source names no branch ("76-ї дивізії"), by the only unit of that ordinal and type.
 */
final class Subordinations {

    private record Candidate(String childKey, @Nullable UnitName parent, @Nullable String parentKey, @Nullable LocalDate date, String source) {
    }

    private static final class Span {
        @Nullable LocalDate from;
        @Nullable LocalDate to;
        boolean undated;
        final String source;
        long records;

        Span(String source) {
            this.source = source;
        }
    }

    private final List<Candidate> candidates = new ArrayList<>();
    private @Nullable Map<String, List<UUID>> byShape;
    private @Nullable Map<String, UUID> byKey;

    void candidate(String childKey, String parentText, @Nullable LocalDate date, String source) {
        UnitName parent = UnitName.parse(parentText);
        if (parent.hasName()) {
            candidates.add(new Candidate(childKey, parent, null, date, source));
        }
    }

    void candidate(String childKey, UnitName parent, @Nullable LocalDate date, String source) {
        candidates.add(new Candidate(childKey, parent, null, date, source));
    }

    void candidateKey(String childKey, String parentKey, @Nullable LocalDate date, String source) {
        candidates.add(new Candidate(childKey, null, parentKey, date, source));
    }

    /** Resolves and stores every candidate; returns how many subordinations were stored. */
    long store(JdbcTemplate jdbc, ImportBatch batch, Timestamp now) {
        Map<String, Span> spans = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            ImportBatch.Draft child = batch.resolved(c.childKey());
            if (child == null) {
                continue;
            }
            UUID parent = c.parentKey() != null ? idOf(jdbc, batch, c.parentKey()) : resolve(jdbc, batch, c.parent(), null);
            if (parent == null || parent.equals(child.id)) {
                continue;
            }
            String dataset = c.source().replaceAll(" line \\d+.*$", "");
            Span span = spans.computeIfAbsent(child.id + "|" + parent + "|" + dataset, k -> new Span(c.source()));
            span.records++;
            if (c.date() == null) {
                span.undated = true;
            } else {
                span.from = span.from == null || c.date().isBefore(span.from) ? c.date() : span.from;
                span.to = span.to == null || c.date().isAfter(span.to) ? c.date() : span.to;
            }
        }
        List<Object[]> rows = new ArrayList<>();
        spans.forEach((key, span) -> {
            String[] ids = key.split("\\|", 3);
            // a source that gives no date says nothing of when: the subordination holds for every date
            LocalDate from = span.undated ? null : span.from;
            LocalDate to = span.undated ? null : span.to;
            String source = span.source + (span.records > 1 ? " and " + (span.records - 1) + " more records" : "")
                    + (from == null ? " (no dates given)" : " (seen " + from + ".." + to + ")");
            rows.add(new Object[] {UUID.randomUUID(), UUID.fromString(ids[0]), UUID.fromString(ids[1]),
                    from == null ? null : java.sql.Date.valueOf(from), to == null ? null : java.sql.Date.valueOf(to), source, now});
        });
        jdbc.batchUpdate("insert into unit_subordinations (id, unit_id, parent_id, valid_from, valid_to, source, origin, created_at) "
                + "values (?, ?, ?, ?, ?, ?, 'import', ?)", rows);
        return rows.size();
    }

    /** The unit a formation name means: by identity, else the only unit of its ordinal, type and region. */
    @Nullable UUID resolve(JdbcTemplate jdbc, ImportBatch batch, @Nullable UnitName parent, @Nullable String key) {
        if (parent == null) {
            return key == null ? null : idOf(jdbc, batch, key);
        }
        UUID exact = idOf(jdbc, batch, parent.key());
        if (exact != null || parent.ordinal() == null || parent.type() == UnitVocabulary.Type.UNIT) {
            return exact;
        }
        List<UUID> shaped = shapes(jdbc).getOrDefault(parent.ordinal() + "|" + parent.type() + "|" + parent.region(), List.of());
        return parent.branch() == UnitVocabulary.Branch.NONE && shaped.size() == 1 ? shaped.getFirst() : null;
    }

    private @Nullable UUID idOf(JdbcTemplate jdbc, ImportBatch batch, String key) {
        ImportBatch.Draft draft = batch.resolved(key);
        if (draft != null) {
            return draft.id;
        }
        if (byKey == null) {
            shapes(jdbc);
        }
        return byKey.get(key);
    }

    private Map<String, List<UUID>> shapes(JdbcTemplate jdbc) {
        if (byShape == null) {
            byShape = new HashMap<>();
            byKey = new HashMap<>();
            jdbc.query("select id, unit_key from units where merged_into is null", rs -> {
                UUID id = rs.getObject("id", UUID.class);
                String key = rs.getString("unit_key");
                byKey.put(key, id);
                String[] parts = key.split("\\|");
                if (parts.length >= 3 && !parts[1].equals("UNIT")) {
                    byShape.computeIfAbsent(parts[0] + "|" + parts[1] + "|" + (parts.length > 3 ? parts[3] : "null"), k -> new ArrayList<>()).add(id);
                }
            });
        }
        return byShape;
    }
}
