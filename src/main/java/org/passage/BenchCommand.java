package org.passage;

import org.passage.geo.GeoBenchCommand;
import org.passage.screening.BenchScreeningCommand;
import org.passage.watchlists.BenchImportCommand;
import picocli.CommandLine.Command;

/** {@code passage bench ...}: speed and memory measurements on real data; figures go to docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and memory on real data.",
        subcommands = {GeoBenchCommand.class, BenchScreeningCommand.class, BenchImportCommand.class,
                org.passage.dossier.DossierBenchCommand.class,
                org.passage.screening.BenchApiCommand.class})
class BenchCommand {
}
