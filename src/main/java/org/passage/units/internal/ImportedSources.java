package org.passage.units.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.passage.units.UnitSources;
import org.springframework.stereotype.Component;

/** The operator's side of the unit knowledge base: the import, curated files and the statistics behind one public API. */
@Component
class ImportedSources implements UnitSources {

    private final UnitsImport unitsImport;
    private final UnitStatistics statistics;
    private final CuratedUnits curated;

    private final CatalogueUnits catalogue;

    ImportedSources(UnitsImport unitsImport, UnitStatistics statistics, CuratedUnits curated, CatalogueUnits catalogue) {
        this.unitsImport = unitsImport;
        this.catalogue = catalogue;
        this.statistics = statistics;
        this.curated = curated;
    }

    @Override
    public Imported importAll(Path data, Consumer<String> progress) {
        ImportReport report;
        try {
            report = unitsImport.run(data, progress);
        } catch (ImportProblem e) {
            throw new Refused(e.getMessage(), e);
        }
        return imported(report);
    }

    @Override
    public Imported importLive(Consumer<String> progress) {
        try {
            return imported(catalogue.importLive(progress, true).orElseThrow());
        } catch (ImportProblem e) {
            throw new Refused(e.getMessage(), e);
        }
    }

    private static Imported imported(ImportReport report) {
        return new Imported(report.rowsRead(), report.seconds100(), report.counts(),
                report.skipped().stream().map(Object::toString).toList(), report.skippedCount(), report.refused());
    }

    @Override
    public void addCurated(InputStream json) {
        curated.add(json);
    }

    @Override
    public Map<String, Long> counts() {
        return statistics.counts();
    }

    @Override
    public Optional<String> lastImport() {
        return statistics.lastImport();
    }
}
