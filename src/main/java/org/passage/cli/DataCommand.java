package org.passage.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.passage.datasets.Dataset;
import org.passage.datasets.DatasetUpdateException;
import org.passage.datasets.DatasetVersion;
import org.passage.datasets.Datasets;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passage data …}: the datasets Passage relies on — list the catalogue with what is loaded, and update
 * them from the publishers (or a folder laid out like ../shared/data, for air-gapped installations).
 */
@Command(name = "data", mixinStandardHelpOptions = true, description = "The data catalogue: list datasets and their versions, fetch new versions.",
        subcommands = {DataCommand.Update.class, DataCommand.ListDatasets.class})
public final class DataCommand {

    /** {@code passage data update [--only NAME] [--from DIR]}. */
    @ApplicationCommand
    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"Fetch every dataset (or --only NAME) from its publisher over HTTPS, or load it from --from DIR.",
                    "Each file is resumed if an earlier run was interrupted, checked and counted; a failure keeps the previous version.",
                    "Exit code 1 if any dataset failed."})
    public static final class Update implements Callable<Integer> {

        @Option(names = "--only", description = "one dataset, by its name in `passage data list`")
        @Nullable String only;

        @Option(names = "--from", description = "a folder laid out like ../shared/data (no network)")
        @Nullable Path from;

        @SuppressWarnings("NullAway.Init")
        private Datasets datasets;

        /** Set by the command runner once Spring started (method injection: the command is no bean). */
        @Autowired
        void use(Datasets datasets) {
            this.datasets = datasets;
        }

        @Override
        public Integer call() {
            PrintStream out = System.out;
            ProgressBar bar = new ProgressBar(System.err);
            List<Datasets.Outcome> outcomes;
            try {
                outcomes = datasets.update(only, from, bar);
            } catch (DatasetUpdateException e) {
                bar.done();
                System.err.println("error: " + e.getMessage());
                return 1;
            }
            bar.done();
            for (Datasets.Outcome outcome : outcomes) {
                DatasetVersion v = outcome.version();
                if (outcome.failed()) {
                    out.println("FAILED " + v.dataset() + ": " + reason(v));
                    datasets.live(v.dataset()).ifPresent(live -> out.println("       still answering: version " + live.label()));
                } else {
                    out.printf(Locale.ROOT, "ok     %-30s %s  %,d records  %,d bytes  %.1f s  %s%n", v.dataset(), v.label(), v.records(), v.sizeBytes(),
                            outcome.took().toMillis() / 1000.0, v.change());
                }
            }
            if (from == null && only == null) {
                for (Dataset d : datasets.catalogue()) {
                    if (!d.fetchable()) {
                        out.println("skipped " + d.name() + ": " + d.fetchNote());
                    }
                }
            }
            return outcomes.stream().anyMatch(Datasets.Outcome::failed) ? 1 : 0;
        }
    }

    /**
     * Why a version failed, without the dataset's name the stored error begins with ("ofac-sdn: …: folder not found"),
     * which the line printing it names already.
     */
    static String reason(DatasetVersion failed) {
        String error = failed.error() == null ? "" : failed.error();
        String named = failed.dataset() + ": ";
        return error.startsWith(named) ? error.substring(named.length()) : error;
    }

    /** {@code passage data list}: every dataset, its licence, whether Passage may ship it, and the live version. */
    @ApplicationCommand
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every dataset: licence, shippable, live version and age, last error.")
    public static final class ListDatasets implements Callable<Integer> {

        @SuppressWarnings("NullAway.Init")
        private Datasets datasets;

        /** Set by the command runner once Spring started (method injection: the command is no bean). */
        @Autowired
        void use(Datasets datasets) {
            this.datasets = datasets;
        }

        @Override
        public Integer call() {
            for (Dataset d : datasets.catalogue()) {
                var live = datasets.live(d.name());
                String version = live.map(v -> v.label() + ", " + Duration.between(v.retrievedAt(), Instant.now()).toDays() + " days old, "
                        + String.format(Locale.ROOT, "%,d records", v.records())).orElse("NOT LOADED");
                System.out.printf(Locale.ROOT, "%-30s %s%n    %s — %s; licence: %s; %s%n", d.name(), version, d.title(), d.publisher(),
                        d.licence(), d.shippable() ? "may be shipped" : "may NOT be shipped");
                datasets.history(d.name()).stream().findFirst().filter(v -> v.status() == DatasetVersion.Status.FAILED)
                        .ifPresent(v -> System.out.println("    last update FAILED: " + reason(v)));
            }
            return 0;
        }
    }

    /** A one-line progress bar on standard error, redrawn at most ten times a second. */
    static final class ProgressBar implements Datasets.Progress {
        private final PrintStream err;
        private long lastDraw;
        private boolean drawn;

        ProgressBar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void progress(String dataset, String file, long bytes, long total) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && bytes != total) {
                return;
            }
            lastDraw = now;
            drawn = true;
            String bar = total > 0 ? "[" + "#".repeat((int) (30 * bytes / total)) + " ".repeat(30 - (int) (30 * bytes / total)) + "] "
                    + (100 * bytes / total) + "%" : "";
            err.printf(Locale.ROOT, "\r%s %s %s %,.1f MB   ", dataset, file, bar, bytes / 1e6);
            err.flush();
        }

        void done() {
            if (drawn) {
                err.println();
            }
        }
    }
}
