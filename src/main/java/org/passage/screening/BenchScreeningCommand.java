package org.passage.screening;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code passage bench screening}: latency, throughput, build time and heap at 10k, 100k and 1M indexed names. */
@Command(name = "screening", mixinStandardHelpOptions = true, description = "Benchmarks screening at 10k, 100k and 1M names.")
public final class BenchScreeningCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
