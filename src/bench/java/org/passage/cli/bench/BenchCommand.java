package org.passage.cli.bench;

import picocli.CommandLine.Command;

/** {@code passage bench ...}: speed and memory measurements on real data; figures go to docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and memory on real data.",
        subcommands = {GeoBenchCommand.class, BenchScreeningCommand.class, BenchImportCommand.class,
                DossierBenchCommand.class,
                BenchApiCommand.class, BenchSearchCommand.class, BenchWebCommand.class})
public class BenchCommand {
}
