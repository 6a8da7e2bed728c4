package org.passage;

import org.passage.screening.BenchScreeningCommand;
import picocli.CommandLine.Command;

/** {@code passage bench ...}: measures a feature's speed and memory; needs no database. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and memory.",
        subcommands = {BenchScreeningCommand.class})
class BenchCommand {
}
