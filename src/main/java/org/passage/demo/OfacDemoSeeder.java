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
import org.passage.watchlists.Watchlists;
import org.springframework.stereotype.Component;

/**
 * Gives the demo the list "ofac-sdn" when no such list exists: the full SDN list when the dataset ofac-sdn is
 * loaded (by {@code data update}, or by the demo from ../shared/data), else 60 Russia- and Ukraine-related entries
 * of it (public domain; see NOTICE) shipped in the jar. An imported list is never replaced or shadowed by the demo,
 * however often the demo starts.
 */
@Component
class OfacDemoSeeder implements DemoSeeder {

    static final String LIST = "ofac-sdn";
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
        if (watchlists.summaries().stream().anyMatch(list -> LIST.equals(list.name()))) {
            return;
        }
        Optional<Path> loaded = liveDataset();
        if (loaded.isPresent()) {
            var report = watchlists.importVersion(new ImportRequest(LIST, ImportFormat.OFAC_CSV, loaded.get(), null), ImportProgress.NONE);
            console.println("Imported the list ofac-sdn from the loaded dataset: " + report.entities() + " entities.");
            return;
        }
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
            watchlists.importVersion(new ImportRequest(LIST, ImportFormat.OFAC_CSV, folder, null), ImportProgress.NONE);
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
