package org.passage.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.passage.bench.watchlists.ImportBenchmark;
import org.passage.cli.ApplicationCommand;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code passage bench import}: the importers timed on the real lists of the shared data folder (see docs/benchmarks.md). */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Benchmark the watchlist importers on the real files in the shared data folder.")
@ApplicationCommand
public final class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--data", description = "the shared data folder (default: ${DEFAULT-VALUE})", defaultValue = "../shared/data")
    Path data;

    @Option(names = "--runs", description = "measured runs per case, after one warm-up run (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int runs;

    @Option(names = "--ftm-entities", description = "size of the generated FtM file (default: ${DEFAULT-VALUE})", defaultValue = "100000")
    int ftmEntities;

    @Option(names = "--only", description = "run only the cases whose label contains this text (e.g. FtM, OFAC)")
    @org.jspecify.annotations.Nullable String only;

    ImportBenchmark benchmark;

    /** Injected once the application has started (a setter: commands are made by picocli, not by Spring). */
    @Autowired
    void setBenchmark(ImportBenchmark benchmark) {
        this.benchmark = benchmark;
    }

    @Override
    public Integer call() throws IOException {
        return benchmark.run(data, runs, ftmEntities, only);
    }
}
