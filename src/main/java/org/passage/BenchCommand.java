package org.passage;

import org.passage.geo.GeoBenchCommand;
import picocli.CommandLine.Command;

/** {@code passage bench ...}: throughput measurements that need no database; figures go to docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput (no database needed).",
        subcommands = {GeoBenchCommand.class})
class BenchCommand {
}
