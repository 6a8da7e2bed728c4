package org.passage.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportProgress;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.Watchlists;
import org.springframework.stereotype.Component;

/**
 * Gives the demo a watchlist without the shared data folder: 60 Russia- and Ukraine-related entries of OFAC's
 * SDN list (public domain; see NOTICE), shipped in the jar and imported as the list "ofac-sdn" only when no
 * such list exists: an imported list (the full SDN list of {@code lists import} or {@code data update}) is never
 * replaced or shadowed by the demo's excerpt, however often the demo starts.
 */
@Component
class OfacDemoSeeder implements DemoSeeder {

    static final String LIST = "ofac-sdn";
    private static final String FOLDER = "watchlists/demo/ofac-russia/";
    private final Watchlists watchlists;

    OfacDemoSeeder(Watchlists watchlists) {
        this.watchlists = watchlists;
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
