package org.passage.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.passage.datasets.Datasets;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.WatchlistSummary;
import org.passage.watchlists.Watchlists;
import org.springframework.stereotype.Component;

/**
 * Gives the demo its sanctions list "ofac-sdn": OFAC's whole SDN list when the dataset ofac-sdn is loaded (by
 * {@code data update}, or by the demo itself from ../shared/data), so that screening "Shoigu" finds him; else 60
 * Russia- and Ukraine-related entries of 2014 shipped in the jar (public domain; see NOTICE), and the console says
 * what is missing. A list imported by hand or from the catalogue is never replaced or shadowed: only the demo's own
 * excerpt (recorded as {@link WatchlistSummary#DEMO_EXCERPT}) gives way to the real list, and running the demo again
 * changes nothing.
 */
@Component
class OfacDemoSeeder implements DemoSeeder {

    static final String LIST = "ofac-sdn";
    /** The bundled excerpt's size. */
    static final int EXCERPT = 60;
    private static final String FOLDER = "watchlists/demo/ofac-russia/";
    private final Watchlists watchlists;
    private final Datasets datasets;

    OfacDemoSeeder(Watchlists watchlists, Datasets datasets) {
        this.watchlists = watchlists;
        this.datasets = datasets;
    }

    /** The folder of the live ofac-sdn dataset holding sdn.csv, alt.csv and add.csv, if that dataset is loaded. */
    private Optional<Path> liveDataset() {
        if (datasets.live(LIST).isEmpty()) {
            return Optional.empty();
        }
        return datasets.catalogue().stream().filter(d -> d.name().equals(LIST)).findFirst()
                .map(d -> datasets.liveRoot().resolve(d.folder()).resolve(d.files().getFirst().path()).getParent())
                .filter(folder -> Files.isRegularFile(folder.resolve("sdn.csv")));
    }

    @Override
    public DemoData step() {
        return DemoData.SANCTIONS_LIST;
    }

    @Override
    public void seed(PrintStream console) {
        var existing = watchlists.summaries().stream().filter(list -> LIST.equals(list.name()) && list.liveVersion() > 0).findFirst();
        boolean excerpt = existing.isPresent() && WatchlistSummary.DEMO_EXCERPT.equals(existing.get().datasetVersion());
        Optional<Path> loaded = liveDataset();
        if (existing.isPresent() && (!excerpt || loaded.isEmpty())) {
            // imported by hand or from the catalogue: never replaced; the demo's own excerpt stays until the dataset is loaded
            if (excerpt) {
                console.println(MISSING);
            }
            return;
        }
        if (loaded.isPresent()) {
            String version = LIST + " " + datasets.live(LIST).orElseThrow().label();
            var report = watchlists.importVersion(new ImportRequest(LIST, ImportFormat.OFAC_CSV, loaded.get(), null, version), ImportProgress.NONE);
            console.println("Demo sanctions list: OFAC SDN from the loaded dataset ofac-sdn (version " + report.version() + ", "
                    + report.entities() + " entities).");
            return;
        }
        importExcerpt();
        console.println(MISSING);
    }

    private static final String MISSING = "Demo sanctions list: only " + EXCERPT + " OFAC entries of 2014 (screening \"Shoigu\""
            + " finds nothing): the dataset ofac-sdn is missing. Load it with ./passage data update --only ofac-sdn"
            + " (or --from a folder laid out like ../shared/data), or import a list: ./passage lists import --format ofac-json FILE.";

    private void importExcerpt() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("passage-demo-ofac");
            for (String file : List.of("sdn.csv", "alt.csv", "add.csv")) {
                try (InputStream in = OfacDemoSeeder.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                    if (in == null) {
                        throw new IllegalStateException(FOLDER + file + " is missing from the jar");
                    }
                    Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            watchlists.importVersion(new ImportRequest(LIST, ImportFormat.OFAC_CSV, folder, null, WatchlistSummary.DEMO_EXCERPT), ImportProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a temporary folder left behind holds only public-domain list data
        }
    }
}
