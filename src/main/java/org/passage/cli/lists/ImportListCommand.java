package org.passage.cli.lists;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.passage.cli.ApplicationCommand;
import org.passage.watchlists.ImportFormat;
import org.passage.watchlists.ImportReport;
import org.passage.watchlists.ImportRequest;
import org.passage.watchlists.InvalidWatchlistInput;
import org.passage.watchlists.Watchlists;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code passage lists import}: one file (or folder) becomes the next version of a list, or nothing at all. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a watchlist file as a new version of a list, atomically: on bad input nothing changes and the error names the line and field.",
                "Formats: ftm, ofac-csv, ofac-json, un-xml, uk-csv, eu-csv, csv (with --mapping). Re-running the same file does nothing."})
@ApplicationCommand
public final class ImportListCommand implements Callable<Integer> {

    @Option(names = "--list", description = "list name (default: by format, e.g. ofac-sdn, un-sc, uk, eu)")
    String list;

    @Option(names = "--format", required = true, description = "ftm | ofac-csv | ofac-json | un-xml | uk-csv | eu-csv | csv")
    String format;

    @Option(names = "--mapping", description = "column mapping for --format csv (JSON or .properties)")
    Path mapping;

    @Parameters(index = "0", paramLabel = "PATH", description = "the file, or the folder for ofac-csv, uk-csv tables and eu-csv")
    Path path;

    Watchlists watchlists;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setWatchlists(Watchlists watchlists) {
        this.watchlists = watchlists;
    }

    @Override
    public Integer call() {
        ImportRequest request;
        try {
            var chosen = ImportFormat.fromCliName(format);
            request = new ImportRequest(list == null ? ImportRequest.defaultListName(chosen) : list, chosen, path, mapping);
        } catch (IllegalArgumentException e) {
            System.err.println("passage lists import: " + e.getMessage());
            return 2;
        }
        var bar = new ProgressBar(System.err);
        try {
            ImportReport report = watchlists.importVersion(request, bar);
            bar.finish();
            System.out.println(describe(report));
            report.warnings().forEach(w -> System.err.println("  warning: " + w));
            if (report.warningCount() > report.warnings().size()) {
                System.err.printf(Locale.ROOT, "  … and %,d more warnings%n", report.warningCount() - report.warnings().size());
            }
            return 0;
        } catch (InvalidWatchlistInput e) {
            bar.finish();
            System.err.println("Import refused, nothing changed (the previous version stays live):");
            System.err.println("  " + e.getMessage());
            return 1;
        }
    }

    static String describe(ImportReport report) {
        if (report.outcome() == ImportReport.Outcome.UNCHANGED) {
            return String.format(Locale.ROOT, "%s: unchanged, version %d stays live (%,d entities, source %s…)",
                    report.list(), report.version(), report.entities(), report.digest().substring(0, 12));
        }
        return String.format(Locale.ROOT, "%s: version %d is live — %,d entities (%,d added, %,d changed, %,d removed; %,d records skipped) in %.2f s, %,.0f entities/s",
                report.list(), report.version(), report.entities(), report.added(), report.changed(), report.removed(), report.skipped(),
                report.took().toNanos() / 1e9, report.entitiesPerSecond());
    }
}
