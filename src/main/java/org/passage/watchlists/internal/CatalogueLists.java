package org.passage.watchlists.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.passage.datasets.DatasetVersionLoaded;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportReport;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.InvalidWatchlistInput;
import org.passage.watchlists.WatchlistSummary;
import org.passage.watchlists.Watchlists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Imports each sanctions dataset of the catalogue as its watchlist when {@code passage data update} (or the demo,
 * or the schedule) makes a new version live, naming that version in the list's. The import is atomic: when it
 * fails, the exception goes back to the update, which takes the dataset version back, so the list and the dataset
 * stay the previous ones together. A list imported by hand under the same name is never replaced: the operator
 * chose it; the catalogue leaves it alone and says so.
 */
@Component
class CatalogueLists {

    private static final Logger log = LoggerFactory.getLogger(CatalogueLists.class);

    /** Which list a dataset becomes, read from which file or folder inside the dataset's folder. */
    record Target(String list, ImportFormat format, String path) {
    }

    static final Map<String, Target> TARGETS = Map.of(
            "ofac-sdn", new Target("ofac-sdn", ImportFormat.OFAC_CSV, "2021-07-07_legacy"),
            "un-sc-consolidated", new Target("un-sc", ImportFormat.UN_XML, "UN_consolidated_2026-02-27.xml"),
            "uk-sanctions", new Target("uk", ImportFormat.UK_CSV, "fcdo-2025-08-11/FCDO_SL_Mon_Aug_11_2025.csv"),
            "eu-fsf", new Target("eu", ImportFormat.EU_CSV, "consolidated"),
            "opensanctions-ftm", new Target("opensanctions", ImportFormat.FTM, "yente-fixtures/zala/entities.ftm.json"));

    private final Watchlists watchlists;

    CatalogueLists(Watchlists watchlists) {
        this.watchlists = watchlists;
    }

    @EventListener
    void on(DatasetVersionLoaded loaded) {
        Target target = TARGETS.get(loaded.dataset());
        if (target == null) {
            return;
        }
        Path path = loaded.liveRoot().resolve(loaded.folder()).resolve(target.path());
        if (!Files.exists(path)) {
            throw new IllegalStateException("watchlist " + target.list() + ": " + target.path() + " is missing from the dataset");
        }
        Optional<WatchlistSummary> byHand = watchlists.summaries().stream()
                .filter(s -> s.name().equals(target.list()) && s.liveVersion() > 0 && s.importedByHand()).findFirst();
        if (byHand.isPresent()) {
            log.warn("watchlist {} was imported by hand (version {} from {}); dataset {} is not imported over it (lists forget it first)",
                    target.list(), byHand.get().liveVersion(), byHand.get().sourceName(), loaded.dataset());
            return;
        }
        String version = loaded.dataset() + " " + loaded.version().label();
        try {
            ImportReport report = watchlists.importVersion(new ImportRequest(target.list(), target.format(), path, null, version), ImportProgress.NONE);
            log.info("watchlist {}: {} from dataset {} ({} entities)", target.list(), report.outcome(), version, report.entities());
        } catch (InvalidWatchlistInput e) {
            throw new IllegalStateException("watchlist " + target.list() + " refused the file: " + e.getMessage(), e);
        }
    }
}
