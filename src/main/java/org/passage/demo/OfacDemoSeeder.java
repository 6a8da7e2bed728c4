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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives the demo its sanctions list "ofac-sdn". With the shared data folder ({@code passage.demo.data}, by default
 * {@code ../shared/data}, or {@code ../../shared/data} from a git worktree) it is OFAC's whole SDN list of 2026-08-20 ({@value #REAL}, about 19,000 entries, public
 * domain), so that screening "Shoigu" finds him; without it, 60 Russia- and Ukraine-related entries of 2014 shipped
 * in the jar (see NOTICE), and the console says what is missing. The demo never replaces a list that is there
 * already, except its own small excerpt by the real list; running it again changes nothing.
 */
@Component
class OfacDemoSeeder implements DemoSeeder {

    static final String LIST = "ofac-sdn";
    static final String REAL = "ofac-sdn/2026-08-20_json/ofac-sdn.json";
    /** The bundled excerpt's size: a list this small is the demo's own and may give way to the real one. */
    static final int EXCERPT = 60;
    private static final String FOLDER = "watchlists/demo/ofac-russia/";
    private final Watchlists watchlists;
    private final Path data;

    OfacDemoSeeder(Watchlists watchlists, @Value("${passage.demo.data:}") String data) {
        this.watchlists = watchlists;
        this.data = data.isBlank() ? beside() : Path.of(data);
    }

    /** {@code ../shared/data}, or from a git worktree one floor further down, {@code ../../shared/data}. */
    private static Path beside() {
        Path worktree = Path.of("../../shared/data");
        return !Files.isDirectory(Path.of("../shared/data")) && Files.isDirectory(worktree) ? worktree : Path.of("../shared/data");
    }

    @Override
    public DemoData step() {
        return DemoData.SANCTIONS_LIST;
    }

    @Override
    public void seed(PrintStream console) {
        var existing = watchlists.summaries().stream().filter(s -> s.name().equals(LIST)).findFirst();
        Path real = data.resolve(REAL);
        boolean realThere = Files.isRegularFile(real);
        if (existing.isPresent() && (existing.get().entities() > EXCERPT || !realThere)) {
            if (existing.get().entities() <= EXCERPT) {
                console.println(missing(real));
            }
            return;
        }
        if (realThere) {
            var report = watchlists.importVersion(new ImportRequest(LIST, ImportFormat.OFAC_JSON, real, null), ImportProgress.NONE);
            console.println("Demo sanctions list: OFAC SDN of 2026-08-20 from " + real + " (version " + report.version() + ", " + report.entities() + " entities).");
            return;
        }
        importExcerpt();
        console.println(missing(real));
    }

    private static String missing(Path real) {
        return "Demo sanctions list: only " + EXCERPT + " OFAC entries of 2014 (screening \"Shoigu\" finds nothing): " + real
                + " is missing. Put the shared data folder beside Passage (or set passage.demo.data) and run the demo again,"
                + " or import a list yourself: ./passage lists import --format ofac-json FILE.";
    }

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
            watchlists.importVersion(new ImportRequest("ofac-sdn", ImportFormat.OFAC_CSV, folder, null), ImportProgress.NONE);
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
