package org.passage.units.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The curated 2014–2021 file in an import: its units and incidents go into the batch like any source's (an
 * analyst's correction of an incident wins), its links are written after the units have their ids, as origin
 * {@code curated}: CONFIRMED ones count as documented at once, the others as an analyst's probable link. A link an
 * analyst added or reviewed for the same unit and incident is never replaced.
 */
final class CuratedLinks {

    private final KnowledgeFiles.Curated curated;

    CuratedLinks(KnowledgeFiles.Curated curated) {
        this.curated = curated;
    }

    void read(ImportBatch batch) {
        for (var unit : curated.units()) {
            batch.curatedUnit(unit, "Passage curated 2014-2021: " + String.join(" ", unit.citations()));
        }
        for (var e : curated.incidents()) {
            batch.incident(new SourceRecords.Incident(KnowledgeFiles.CURATED_DATASET, e.id(), e.from(), e.to(), e.place(),
                    e.latitude() == null ? Double.NaN : e.latitude(), e.longitude() == null ? Double.NaN : e.longitude(), e.title(),
                    e.summary(), e.civilianHarm(), e.citations()), e.documentation(), e.published());
        }
    }

    /** Writes the links; returns how many are new. A link to a unit the import does not hold is a fault of the file. */
    long store(JdbcTemplate jdbc, ImportBatch batch, Timestamp now) {
        List<Object[]> rows = new ArrayList<>();
        int i = 0;
        for (var link : curated.links()) {
            ImportBatch.Draft unit = batch.byName(link.unit());
            if (unit == null) {
                throw new ImportProblem(KnowledgeFiles.CURATED, 0, "links[" + i + "].unit", "no unit \"" + link.unit() + "\" in the knowledge base");
            }
            UUID incident = batch.incidentId(KnowledgeFiles.CURATED_DATASET, link.incident());
            rows.add(new Object[] {UUID.randomUUID(), unit.id, incident, link.confidence(), "Curated: " + link.basis(),
                    link.citations().toArray(String[]::new), link.confidence().equals("CONFIRMED") ? "CONFIRMED" : null,
                    link.coversFormation(), now});
            i++;
        }
        int[][] done = jdbc.batchUpdate("insert into unit_incident_links (id, unit_id, incident_id, confidence, basis, source_urls, origin, "
                + "decision, covers_formation, created_at) values (?, ?, ?, ?, ?, ?, 'curated', ?, ?, ?) on conflict (unit_id, incident_id) do nothing",
                rows, 100, (ps, row) -> {
                    for (int k = 0; k < row.length; k++) {
                        ps.setObject(k + 1, row[k]);
                    }
                });
        long stored = 0;
        for (int[] chunk : done) {
            for (int n : chunk) {
                stored += Math.max(0, n);
            }
        }
        return stored;
    }
}
