package org.passage.cli.units;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.passage.cli.ApplicationCommand;
import org.passage.units.UnitSources;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code passage units import [--data DIR]}: one atomic import of every source, then link inference. Without
 * {@code --data} it reads the datasets {@code passage data update} loaded, and records their versions.
 */
@ApplicationCommand
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import units, positions, garrisons and incidents, then infer unit ↔ incident links.",
                "Reads the live datasets of the catalogue (load them with ./passage data update); --data DIR reads a folder laid out like ../shared/data instead."})
public final class UnitsImportCommand implements Callable<Integer> {

    @Option(names = "--data", description = "a folder laid out like ../shared/data (default: the datasets loaded by ./passage data update)")
    @Nullable Path data;

    @SuppressWarnings("NullAway.Init")
    UnitSources sources;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setSources(UnitSources sources) {
        this.sources = sources;
    }

    @Override
    public Integer call() {
        try {
            Consumer<String> progress = line -> System.err.print("\r" + line + "          ");
            UnitSources.Imported report = data == null ? sources.importLive(progress) : sources.importAll(data, progress);
            System.err.println();
            report.counts().forEach((what, n) -> System.out.printf(Locale.ROOT, "%-28s %,d%n", what, n));
            System.out.printf(Locale.ROOT, "read %,d records in %.2f s (%,.0f records/s)%n", report.rowsRead(), report.seconds100() / 100.0,
                    report.rowsPerSecond());
            if (report.skippedCount() > 0) {
                System.out.printf(Locale.ROOT, "skipped %,d malformed rows:%n", report.skippedCount());
                report.skipped().forEach(s -> System.out.println("  " + s));
                if (report.skippedCount() > report.skipped().size()) {
                    System.out.printf(Locale.ROOT, "  … and %,d more%n", report.skippedCount() - report.skipped().size());
                }
            }
            if (!report.refused().isEmpty()) {
                System.out.printf(Locale.ROOT, "refused %,d labels that name no unit:%n", report.refused().size());
                report.refused().forEach(r -> System.out.println("  " + r));
            }
            return 0;
        } catch (UnitSources.Refused e) {
            System.err.println();
            System.err.println("Import refused, nothing changed (the previous data stays):");
            System.err.println("  " + e.getMessage());
            return 1;
        }
    }
}
