package org.passage.units.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.passage.datasets.DatasetVersion;
import org.passage.datasets.DatasetVersionLoaded;
import org.passage.datasets.Datasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The unit knowledge base from the data catalogue: it rests on five datasets (units, positions, installations and
 * two incident sets), and is imported from their live versions once all five are live, again whenever one of them
 * changes. Each import records the five versions it read. A failed import throws back to the update, which takes
 * the new dataset version back: the knowledge base and the datasets stay the previous ones together.
 */
@Component
class CatalogueUnits {

    private static final Logger log = LoggerFactory.getLogger(CatalogueUnits.class);

    /** The datasets the units import reads, in the order of {@link UnitsImport#FILES}. */
    static final List<String> DATASETS = List.of("units-uawardata", "unit-positions-deepstate", "installations-rumiloc",
            "incidents-bellingcat", "incidents-cir");

    private final Datasets datasets;
    private final UnitsImport unitsImport;
    private final JdbcClient jdbc;

    CatalogueUnits(Datasets datasets, UnitsImport unitsImport, JdbcClient jdbc) {
        this.datasets = datasets;
        this.unitsImport = unitsImport;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(DatasetVersionLoaded loaded) {
        if (!DATASETS.contains(loaded.dataset())) {
            return;
        }
        List<String> missing = DATASETS.stream().filter(d -> datasets.live(d).isEmpty()).toList();
        if (!missing.isEmpty()) {
            log.info("unit knowledge base: {} loaded; the import waits for {}", loaded.dataset(), String.join(", ", missing));
            return;
        }
        importLive(line -> log.debug("{}", line), false);
    }

    /**
     * Imports the knowledge base from the live datasets; unless {@code always}, nothing happens when the last import
     * read the same bytes. Empty when nothing was imported.
     */
    Optional<ImportReport> importLive(Consumer<String> progress, boolean always) {
        List<String> labels = new ArrayList<>();
        StringBuilder digest = new StringBuilder();
        for (String name : DATASETS) {
            DatasetVersion live = datasets.live(name).orElseThrow(() -> new ImportProblem(name, 0, "",
                    "dataset not loaded: ./passage data update --only " + name + " (or --from DIR)"));
            labels.add(name + " " + live.label());
            digest.append(name).append('=').append(live.sha256()).append(';');
        }
        if (!always && digest.toString().equals(lastDigest())) {
            log.info("unit knowledge base: already imported from these dataset versions");
            return Optional.empty();
        }
        return Optional.of(unitsImport.run(datasets.liveRoot(), progress, String.join("; ", labels), digest.toString()));
    }

    private @Nullable String lastDigest() {
        return jdbc.sql("select dataset_digest from unit_imports order by imported_at desc limit 1").query(String.class).optional().orElse(null);
    }
}
